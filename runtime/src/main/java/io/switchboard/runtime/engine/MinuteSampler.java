package io.switchboard.runtime.engine;

import io.switchboard.runtime.store.FlowObjectives;
import io.switchboard.runtime.store.KpiStore;
import io.switchboard.runtime.store.ObjectivesStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Once a minute, each running flow's minute against its service-level objective: a minute with traffic whose p95
 * latency and error rate stayed within the objective is met; a minute without traffic is not counted. The share
 * of met minutes is the flow's SLO attainment.
 */
public final class MinuteSampler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MinuteSampler.class);

    private record Seen(long delivered, long failed) {
    }

    private final FlowRegistry registry;
    private final FlowMetrics metrics;
    private final ObjectivesStore objectives;
    private final KpiStore kpis;
    private final Map<String, Seen> previous = new HashMap<>();

    public MinuteSampler(FlowRegistry registry, FlowMetrics metrics, ObjectivesStore objectives, KpiStore kpis) {
        this.registry = registry;
        this.metrics = metrics;
        this.objectives = objectives;
        this.kpis = kpis;
    }

    /** The minute that ends at {@code now}. */
    public synchronized void sample(Instant now) {
        try {
            Map<String, FlowObjectives> set = objectives.all();
            Set<String> flows = registry.activeFlows().stream().map(HostedFlow::flowId).collect(Collectors.toSet());
            previous.keySet().retainAll(flows);
            for (String flowId : flows) {
                FlowMetrics.Counters counters = metrics.of(flowId);
                Seen now0 = new Seen(counters.delivered(), counters.failedCount());
                Seen before = previous.put(flowId, now0);
                if (before == null) {
                    continue;
                }
                long delivered = Math.max(0, now0.delivered() - before.delivered());
                long failed = Math.max(0, now0.failed() - before.failed());
                if (delivered + failed == 0) {
                    continue;
                }
                FlowObjectives objective = set.getOrDefault(flowId, FlowObjectives.DEFAULT);
                boolean met = counters.latencyPercentile(95) <= objective.sloP95Ms()
                        && (double) failed / (delivered + failed) <= objective.sloErrorRate();
                kpis.minute(flowId, now, met);
            }
        } catch (RuntimeException e) {
            // A minute not counted is a gap in a KPI, not a reason to stop counting the next ones.
            LOG.warn("The minute ending {} could not be counted against the flows' objectives", now, e);
        }
    }
}
