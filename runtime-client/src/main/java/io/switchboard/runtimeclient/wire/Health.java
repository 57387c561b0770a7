package io.switchboard.runtimeclient.wire;

import java.util.List;

/** The runtime as a whole and each flow, at one moment. */
public record Health(long uptimeSeconds, long storeSizeBytes, long failedWaiting, List<FlowHealth> flows) {
}
