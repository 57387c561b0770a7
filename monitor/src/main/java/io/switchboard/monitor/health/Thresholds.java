package io.switchboard.monitor.health;

/**
 * When a flow turns degraded or failing: by its error rate (failed among the messages of the last interval) or
 * its p95 latency. Set per flow by the operator; {@link #DEFAULT} until then.
 */
public record Thresholds(double degradedErrorRate, double failingErrorRate, long degradedP95Ms, long failingP95Ms) {

    public static final Thresholds DEFAULT = new Thresholds(0.01, 0.10, 500, 2_000);

    public Thresholds {
        if (degradedErrorRate < 0 || failingErrorRate < degradedErrorRate || degradedP95Ms < 0
                || failingP95Ms < degradedP95Ms) {
            throw new IllegalArgumentException("thresholds go up from degraded to failing, from 0: error rate "
                    + degradedErrorRate + " → " + failingErrorRate + ", p95 " + degradedP95Ms + " → " + failingP95Ms
                    + " ms");
        }
    }

    public HealthLevel classify(String state, double errorRate, long p95Ms) {
        if (!"RUNNING".equals(state)) {
            return HealthLevel.STOPPED;
        }
        if (errorRate >= failingErrorRate || p95Ms >= failingP95Ms) {
            return HealthLevel.FAILING;
        }
        if (errorRate >= degradedErrorRate || p95Ms >= degradedP95Ms) {
            return HealthLevel.DEGRADED;
        }
        return HealthLevel.HEALTHY;
    }
}
