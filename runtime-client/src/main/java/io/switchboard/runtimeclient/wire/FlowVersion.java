package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/** One deployed version of a flow. */
public record FlowVersion(String flowId, int version, Instant deployedAt, String actor, boolean active) {
}
