package io.switchboard.runtime.api;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.engine.FlowMetrics;
import io.switchboard.runtime.engine.HostedFlow;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import io.switchboard.runtimeclient.wire.FlowHealth;
import io.switchboard.runtimeclient.wire.Health;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@code /api/v1/health}: the runtime and every flow, now. */
final class HealthResource {

    private final SwitchboardRuntime runtime;
    private final Instant started = Instant.now();

    HealthResource(SwitchboardRuntime runtime) {
        this.runtime = runtime;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/health").handler(workers.blocking(context -> Responses.json(context, 200, snapshot())));
    }

    Health snapshot() {
        List<FlowHealth> flows = runtime.registry().activeFlows().stream()
                .sorted(Comparator.comparing(HostedFlow::flowId))
                .map(this::flowHealth)
                .toList();
        long waiting = runtime.failedMessages().count(FailedMessageQuery.all().withStatus(FailedMessage.Status.FAILED));
        return new Health(Duration.between(started, Instant.now()).toSeconds(),
                runtime.database().sizeBytes(), waiting, flows);
    }

    private FlowHealth flowHealth(HostedFlow hosted) {
        FlowMetrics.Counters counters = runtime.metrics().of(hosted.flowId());
        return new FlowHealth(hosted.flowId(), hosted.version(),
                runtime.host().isRunning(hosted.flowId()) ? "RUNNING" : "STOPPED",
                counters.in(), counters.delivered(), counters.failedCount(), counters.retriedCount(),
                counters.throughputPerSecond(), counters.latencyPercentile(50), counters.latencyPercentile(95),
                counters.latencyPercentile(99), counters.lastError());
    }
}
