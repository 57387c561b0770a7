package io.switchboard.runtime.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;

/**
 * The management API's own threads, a bulkhead: the flows' processing, their retries and their calls to slow
 * targets run on Vert.x's shared worker pool and may hold every thread of it, while health, failed messages and
 * replay stay answerable on these.
 */
final class ApiWorkers implements AutoCloseable {

    static final int THREADS = 8;

    private final WorkerExecutor executor;

    ApiWorkers(Vertx vertx) {
        this.executor = vertx.createSharedWorkerExecutor("switchboard-api", THREADS);
    }

    /** A route handler that runs {@code handler} on the API's threads; requests are not ordered. */
    Handler<RoutingContext> blocking(Handler<RoutingContext> handler) {
        return context -> executor.<Void>executeBlocking(() -> {
            handler.handle(context);
            return null;
        }, false).onFailure(context::fail);
    }

    /** Work off the event loop, on the API's threads. */
    <T> Future<T> run(Callable<T> work) {
        return executor.executeBlocking(work, false);
    }

    @Override
    public void close() {
        executor.close();
    }
}
