package io.switchboard.runtimeclient.wire;

/**
 * A flow's health thresholds and service-level objective: error rates are shares from 0 to 1, latencies p95 in
 * milliseconds. {@code own} says whether the flow has its own or shows the runtime's defaults.
 */
public record Objectives(String flowId, double degradedErrorRate, double failingErrorRate, long degradedP95Ms,
                         long failingP95Ms, long sloP95Ms, double sloErrorRate, boolean own) {
}
