package io.switchboard.runtimeclient.wire;

/**
 * One flow's health: state, counters since the runtime started, delivered messages per second over the last
 * minute, latency percentiles over recent deliveries, and the last error seen.
 */
public record FlowHealth(String flowId, int version, String state, long in, long delivered, long failed, long retried,
                         double throughputPerSecond, long latencyP50Ms, long latencyP95Ms, long latencyP99Ms,
                         String lastError) {
}
