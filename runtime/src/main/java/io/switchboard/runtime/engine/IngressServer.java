package io.switchboard.runtime.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.http.ListenerGuard;
import io.switchboard.runtimeclient.wire.Json;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * The flows' HTTP ingress: a Vert.x server of our own (guarded by the listener limits) whose router Camel's
 * platform-http fills with the flows' routes. Until the runtime has brought back its flows it answers 503 with
 * {@code Retry-After}, which senders retry, rather than a 404 they take as final; a path that belongs to a flow
 * that is not taking messages answers 503 too, and any other path a JSON 404.
 */
final class IngressServer implements AutoCloseable {

    /** Where Camel's platform-http looks for a router when no server of its own is configured. */
    static final String ROUTER_NAME = "platform-http-router-0";
    static final String RETRY_AFTER_SECONDS = "2";

    private final Vertx vertx;
    private final RuntimeConfiguration configuration;
    private final Predicate<String> flowPath;
    private final Router router;
    private final ListenerGuard guard;
    private volatile boolean ready;
    private HttpServer server;

    /** {@code flowPath} tells whether a request path belongs to a deployed flow. */
    IngressServer(Vertx vertx, RuntimeConfiguration configuration, Predicate<String> flowPath) {
        this.vertx = vertx;
        this.configuration = configuration;
        this.flowPath = flowPath;
        this.router = Router.router(vertx);
        this.guard = new ListenerGuard(vertx, configuration.ingressLimits());
        router.route().order(Integer.MIN_VALUE).handler(this::untilReady);
    }

    /** The router Camel binds flows to: bodies over the limit get 413 before they are buffered. */
    VertxPlatformHttpRouter camelRouter() {
        return new VertxPlatformHttpRouter(null, vertx, router, ROUTER_NAME) {
            @Override
            public Handler<RoutingContext> bodyHandler() {
                return BodyHandler.create(false).setBodyLimit(configuration.maxBodyBytes());
            }
        };
    }

    /** Starts listening; answers 503 to everything until {@link #ready()}. */
    int listen() throws Exception {
        server = guard.server(configuration.ingressHost(), configuration.ingressPort(), router);
        return server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).actualPort();
    }

    /** Called once the flows are back: from now on Camel's routes answer. */
    void ready() {
        // Added last, so it runs after every flow route, including those deployed later.
        router.route().last().handler(this::noRoute);
        ready = true;
    }

    private void untilReady(RoutingContext context) {
        if (ready) {
            context.next();
        } else {
            unavailable(context, "the runtime is starting");
        }
    }

    private void noRoute(RoutingContext context) {
        if (flowPath.test(context.request().path())) {
            unavailable(context, "the flow is not taking messages now");
        } else {
            answer(context, 404, "no flow listens on " + context.request().method() + " " + context.request().path());
        }
    }

    private static void unavailable(RoutingContext context, String why) {
        context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        answer(context, 503, why + "; retry later");
    }

    private static void answer(RoutingContext context, int status, String error) {
        if (context.response().ended()) {
            return;
        }
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(Json.MAPPER.writeValueAsString(Map.of("error", error)));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }

    int openConnections() {
        return guard.openConnections();
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Closing is best effort: the process is stopping.
            }
        }
    }
}
