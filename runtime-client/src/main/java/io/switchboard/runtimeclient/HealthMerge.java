package io.switchboard.runtimeclient;

import io.switchboard.runtimeclient.wire.FlowHealth;
import io.switchboard.runtimeclient.wire.Health;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health of an environment from its runtimes' own: per flow, what they took and delivered together (counts and
 * throughput summed), the slowest one's latencies (what a caller may meet), the newest version, and running when any
 * runs it; messages waiting are the shared store's, counted once. Each runtime's own report is kept beside it.
 */
public final class HealthMerge {

    private HealthMerge() {
    }

    public static Health merge(List<Health> runtimes) {
        if (runtimes.size() == 1) {
            return runtimes.get(0);
        }
        Map<String, FlowHealth> flows = new LinkedHashMap<>();
        long uptime = 0;
        long store = 0;
        long waiting = 0;
        List<String> names = new ArrayList<>();
        for (Health runtime : runtimes) {
            uptime = Math.max(uptime, runtime.uptimeSeconds());
            store = Math.max(store, runtime.storeSizeBytes());
            waiting = Math.max(waiting, runtime.failedWaiting());
            names.add(runtime.instance());
            for (FlowHealth flow : runtime.flows()) {
                flows.merge(flow.flowId(), flow, HealthMerge::together);
            }
        }
        return new Health(uptime, store, waiting, List.copyOf(flows.values()), String.join(", ", names),
                runtimes.get(0).store(), List.copyOf(runtimes));
    }

    private static FlowHealth together(FlowHealth one, FlowHealth other) {
        boolean running = "RUNNING".equals(one.state()) || "RUNNING".equals(other.state());
        return new FlowHealth(one.flowId(), Math.max(one.version(), other.version()), running ? "RUNNING" : "STOPPED",
                one.in() + other.in(), one.delivered() + other.delivered(), one.failed() + other.failed(),
                one.retried() + other.retried(), one.throughputPerSecond() + other.throughputPerSecond(),
                Math.max(one.latencyP50Ms(), other.latencyP50Ms()), Math.max(one.latencyP95Ms(), other.latencyP95Ms()),
                Math.max(one.latencyP99Ms(), other.latencyP99Ms()),
                other.lastError() != null ? other.lastError() : one.lastError());
    }
}
