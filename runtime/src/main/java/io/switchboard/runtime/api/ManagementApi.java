package io.switchboard.runtime.api;

import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.engine.FlowHost;
import io.switchboard.runtime.engine.FlowMetrics;
import io.switchboard.runtime.engine.FlowRegistry;
import io.switchboard.runtime.engine.ReplayJobs;
import io.switchboard.runtime.engine.ReplayService;
import io.switchboard.runtime.engine.RuntimeEvent;
import io.switchboard.runtime.engine.RuntimeEvents;
import io.switchboard.runtime.http.ListenerGuard;
import io.switchboard.runtime.security.TokenService;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.KpiStore;
import io.switchboard.runtime.store.ObjectivesStore;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.FailureGroupStore;
import io.switchboard.runtime.store.FlowVersionStore;
import io.switchboard.runtime.store.ReplayJobStore;
import io.switchboard.runtime.store.ReplayLog;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management API: JSON under {@code /api/v1} and the event stream, on its own port, bound to 127.0.0.1
 * unless configured otherwise. Described by {@code openapi/management-api.yaml} in this module.
 */
public final class ManagementApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementApi.class);
    static final int MAX_EVENT_CLIENTS = 32;
    static final int MAX_EVENT_CLIENTS_PER_TOKEN = 8;
    static final int EVENT_BACKLOG = 10_000;

    private final Parts runtime;
    private final TokenService tokens;
    private final Vertx vertx;
    private HttpServer server;
    private Router router;
    private EventStream events;
    private ApiWorkers workers;
    private Consumer<RuntimeEvent> listener;
    private long healthTimer = -1;

    /** What the API reads and drives: each resource is given only the parts it uses. */
    public record Parts(RuntimeConfiguration configuration, RuntimeEvents events, AuditLog audit, Database database,
                        FailedMessageStore failedMessages, FailureGroupStore groups, FlowRegistry registry,
                        ReplayService replay, ReplayJobs replayJobs, ReplayLog replayLog, FlowVersionStore versions,
                        FlowHost host, FlowMetrics metrics, KpiStore kpis, ObjectivesStore objectives,
                        String instance) {
    }

    /** Shares {@code vertx} with the flows' HTTP ingress: one set of event loops and buffers for both. */
    public ManagementApi(Parts runtime, TokenService tokens, Vertx vertx) {
        this.runtime = runtime;
        this.tokens = tokens;
        this.vertx = vertx;
    }

    /** Starts listening; answers the port (the configured one, or the one picked for port 0). */
    public int start() throws Exception {
        var configuration = runtime.configuration();
        if (!isLoopback(configuration.apiHost())) {
            LOG.warn("The management API listens on {}, not only on this machine: protect it with a firewall",
                    configuration.apiHost());
        }
        events = new EventStream(vertx, MAX_EVENT_CLIENTS, MAX_EVENT_CLIENTS_PER_TOKEN, EVENT_BACKLOG);
        workers = new ApiWorkers(vertx);
        HealthResource health = new HealthResource(runtime.database(), runtime.failedMessages(), runtime.registry(),
                runtime.host(), runtime.metrics(), runtime.instance());
        router = Router.router(vertx);
        // Bodies over the limit get 413 before they are buffered.
        router.route().handler(BodyHandler.create(false).setBodyLimit(configuration.maxBodyBytes()));
        RequestGuard guard = new RequestGuard(tokens, configuration.apiHost());
        // For an orchestrator's probes, without a token and without details: alive, and ready to serve.
        router.get("/livez").handler(context -> Responses.json(context, 200, Map.of("status", "up")));
        router.get("/readyz").handler(workers.blocking(context -> {
            boolean ready = runtime.database().reachable();
            Responses.json(context, ready ? 200 : 503, Map.of("status", ready ? "ready" : "store unreachable"));
        }));
        router.route("/api/*").handler(guard::check);
        new FlowsResource(runtime.audit(), runtime.registry(), runtime.versions(), runtime.host()).mount(router, workers);
        health.mount(router, workers);
        ReplayJobStore jobStore = new ReplayJobStore(runtime.database());
        new FailedResource(runtime.audit(), runtime.failedMessages(), runtime.groups(), runtime.registry(),
                runtime.replay(), runtime.replayLog(), runtime.versions()).mount(router, workers);
        new ReplayJobsResource(runtime.replayJobs(), jobStore,
                runtime.failedMessages()).mount(router, workers);
        new AuditResource(runtime.audit()).mount(router, workers);
        new KpisResource(runtime.kpis(), runtime.objectives(), runtime.registry(), java.time.Clock.systemUTC())
                .mount(router, workers);
        new TokensResource(runtime.audit(), tokens, events::disconnect).mount(router, workers);
        new BackupResource(runtime.audit(), runtime.configuration(), runtime.database()).mount(router, workers);
        router.get("/api/v1/events").handler(events::handle);
        router.route().last().handler(context -> Responses.error(context, 404, "no such endpoint: "
                + context.request().method() + " " + context.request().path()));
        router.route().failureHandler(context -> Responses.error(context,
                context.statusCode() > 0 ? context.statusCode() : 500,
                context.statusCode() == 413 ? "the body is larger than " + configuration.maxBodyBytes() + " bytes"
                        : "the request failed", context.failure()));
        server = new ListenerGuard(vertx, configuration.apiLimits())
                .server(configuration.apiHost(), configuration.apiPort(), router);
        int port = server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        guard.bind(port);
        listener = events::publish;
        runtime.events().subscribe(listener);
        healthTimer = vertx.setPeriodic(1000, id -> workers.run(health::snapshot)
                .onSuccess(snapshot -> events.publish(RuntimeEvent.of(RuntimeEvent.Type.HEALTH, null,
                        Map.of("health", snapshot)))));
        return port;
    }

    /** How many clients the event stream has now (read from any thread; exact on the stream's context). */
    public int eventClients() {
        return events == null ? 0 : events.clientCount();
    }

    /** Every endpoint as "METHOD /path/{param}", for checking the OpenAPI description against what is served. */
    public java.util.List<String> endpoints() {
        java.util.List<String> endpoints = new java.util.ArrayList<>();
        for (var route : router.getRoutes()) {
            if (route.getPath() == null || route.methods() == null || !route.getPath().startsWith("/api/v1/")
                    && !route.getPath().equals("/livez") && !route.getPath().equals("/readyz")) {
                continue;
            }
            String path = route.getPath().replaceAll(":([A-Za-z]+)", "{$1}");
            route.methods().forEach(method -> endpoints.add(method.name() + " " + path));
        }
        return endpoints;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    @Override
    public void close() {
        if (listener != null) {
            runtime.events().unsubscribe(listener);
        }
        if (healthTimer >= 0) {
            vertx.cancelTimer(healthTimer);
        }
        if (server != null) {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("The management API did not close cleanly", e);
            }
        }
        if (workers != null) {
            workers.close();
        }
    }
}
