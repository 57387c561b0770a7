package io.switchboard.runtime.api;

import io.switchboard.runtime.engine.FlowHost;
import io.switchboard.runtime.engine.FlowMetrics;
import io.switchboard.runtime.engine.FlowRegistry;
import io.switchboard.runtime.engine.HostedFlow;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtimeclient.wire.FlowHealth;
import io.switchboard.runtimeclient.wire.Health;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@code /api/v1/health}: the runtime and every flow, now. */
final class HealthResource {

    private final Database database;
    private final FailedMessageStore failedMessages;
    private final FlowRegistry registry;
    private final FlowHost host;
    private final FlowMetrics metrics;
    private final String instance;
    private final Instant started = Instant.now();

    HealthResource(Database database, FailedMessageStore failedMessages, FlowRegistry registry, FlowHost host,
                   FlowMetrics metrics, String instance) {
        this.database = database;
        this.failedMessages = failedMessages;
        this.registry = registry;
        this.host = host;
        this.metrics = metrics;
        this.instance = instance;
    }

    void mount(Router router, ApiWorkers workers) {
        router.get("/api/v1/health").handler(workers.blocking(context -> Responses.json(context, 200, snapshot())));
    }

    Health snapshot() {
        List<FlowHealth> flows = registry.activeFlows().stream()
                .sorted(Comparator.comparing(HostedFlow::flowId))
                .map(this::flowHealth)
                .toList();
        long waiting = failedMessages.count(FailedMessageQuery.all().withStatus(FailedMessage.Status.FAILED));
        return new Health(Duration.between(started, Instant.now()).toSeconds(),
                database.sizeBytes(), waiting, flows, instance, database.shared() ? "postgresql" : "h2", null);
    }

    private FlowHealth flowHealth(HostedFlow hosted) {
        FlowMetrics.Counters counters = metrics.of(hosted.flowId());
        return new FlowHealth(hosted.flowId(), hosted.version(),
                host.isRunning(hosted.flowId()) ? "RUNNING" : "STOPPED",
                counters.in(), counters.delivered(), counters.failedCount(), counters.retriedCount(),
                counters.throughputPerSecond(), counters.latencyPercentile(50), counters.latencyPercentile(95),
                counters.latencyPercentile(99), counters.lastError());
    }
}
