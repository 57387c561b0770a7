package io.switchboard.runtime.http;

import io.switchboard.runtime.config.ListenerLimits;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a listener's {@link ListenerLimits} to a Vert.x HTTP server: idle connections are closed, a connection
 * that has not sent a whole request within the read timeout is closed (slow or silent clients hold nothing), and
 * connections past the limit are closed as soon as they are accepted, so a flood of them cannot take the process's
 * file descriptors and with them the other listener.
 */
public final class ListenerGuard {

    private final Vertx vertx;
    private final ListenerLimits limits;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<HttpConnection> requested = ConcurrentHashMap.newKeySet();

    public ListenerGuard(Vertx vertx, ListenerLimits limits) {
        this.vertx = vertx;
        this.limits = limits;
    }

    /**
     * Server options with the idle timeout. HTTP/1.1 only: with cleartext HTTP/2 on, Vert.x waits for a client's
     * first bytes before it reports the connection, so a silent client would never be seen, counted or closed.
     */
    public HttpServerOptions options(String host, int port) {
        return new HttpServerOptions().setHost(host).setPort(port).setHttp2ClearTextEnabled(false)
                .setIdleTimeout(limits.idleTimeoutSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS);
    }

    /** A server created with {@link #options}, guarded, handing whole requests to {@code handler}. */
    public HttpServer server(String host, int port, Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer(options(host, port));
        server.connectionHandler(this::accepted);
        server.requestHandler(request -> {
            HttpConnection connection = request.connection();
            requested.add(connection);
            long deadline = vertx.setTimer(readTimeoutMillis(), id -> {
                if (!request.isEnded()) {
                    connection.close();
                }
            });
            // Cancelled when the answer is sent; a handler set later by the router only leaves the timer to expire harmlessly.
            request.response().endHandler(ignored -> vertx.cancelTimer(deadline));
            handler.handle(request);
        });
        return server;
    }

    /** Connections open now. */
    public int openConnections() {
        return open.get();
    }

    private void accepted(HttpConnection connection) {
        if (open.incrementAndGet() > limits.maxConnections()) {
            open.decrementAndGet();
            connection.close();
            return;
        }
        long headers = vertx.setTimer(readTimeoutMillis(), id -> {
            if (!requested.contains(connection)) {
                connection.close();
            }
        });
        connection.closeHandler(ignored -> {
            open.decrementAndGet();
            requested.remove(connection);
            vertx.cancelTimer(headers);
        });
    }

    private long readTimeoutMillis() {
        return TimeUnit.SECONDS.toMillis(limits.readTimeoutSeconds());
    }
}
