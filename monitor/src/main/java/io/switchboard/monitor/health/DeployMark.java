package io.switchboard.monitor.health;

import java.time.Instant;

/** A deploy (or rollback) of a flow, marked on the health chart at the moment it happened. */
public record DeployMark(Instant at, String flowId, int version, boolean rollback) {

    public String label() {
        return flowId + (rollback ? " ↶ v" : " v") + version;
    }
}
