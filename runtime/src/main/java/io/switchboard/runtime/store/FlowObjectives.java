package io.switchboard.runtime.store;

/**
 * A flow's health thresholds (when the monitor calls it degraded or failing) and its service-level objective (the
 * p95 latency and error rate a minute must stay within to count as met). Set per flow by an operator.
 */
public record FlowObjectives(double degradedErrorRate, double failingErrorRate, long degradedP95Ms,
                             long failingP95Ms, long sloP95Ms, double sloErrorRate) {

    public static final FlowObjectives DEFAULT = new FlowObjectives(0.01, 0.10, 500, 2_000, 1_000, 0.01);

    /** What is wrong with these objectives, in a sentence that names the field; null when nothing is. */
    public String problem() {
        if (!rate(degradedErrorRate) || !rate(failingErrorRate) || !rate(sloErrorRate)) {
            return "degradedErrorRate, failingErrorRate and sloErrorRate are shares from 0 to 1";
        }
        if (failingErrorRate < degradedErrorRate) {
            return "failingErrorRate (" + failingErrorRate + ") is below degradedErrorRate (" + degradedErrorRate + ")";
        }
        if (degradedP95Ms < 0 || sloP95Ms < 0 || failingP95Ms < degradedP95Ms) {
            return "p95 limits are milliseconds from 0, failingP95Ms at least degradedP95Ms";
        }
        return null;
    }

    private static boolean rate(double value) {
        return value >= 0 && value <= 1;
    }
}
