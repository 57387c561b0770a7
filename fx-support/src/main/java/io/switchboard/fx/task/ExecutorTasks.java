package io.switchboard.fx.task;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Tasks} on real threads: a background executor, a timer, and the UI thread's executor. */
public final class ExecutorTasks implements Tasks {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTasks.class);

    private final ExecutorService background;
    private final ScheduledExecutorService timer;
    private final Executor ui;

    public ExecutorTasks(ExecutorService background, ScheduledExecutorService timer, Executor ui) {
        this.background = background;
        this.timer = timer;
        this.ui = ui;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            Future<?> running = background.submit(() -> {
                if (cancelled.get()) {
                    return;
                }
                Outcome<T> outcome = Outcome.of(work);
                ui.execute(() -> {
                    if (!cancelled.get()) {
                        outcome.deliver(onSuccess, onFailure);
                    }
                });
            });
            return () -> {
                cancelled.set(true);
                running.cancel(false);
            };
        } catch (RejectedExecutionException closing) {
            LOG.debug("not started, the studio is closing", closing);
            return Cancellable.NONE;
        }
    }

    @Override
    public Cancellable later(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            Future<?> waiting = timer.schedule(() -> ui.execute(() -> {
                if (!cancelled.get()) {
                    action.run();
                }
            }), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> {
                cancelled.set(true);
                waiting.cancel(false);
            };
        } catch (RejectedExecutionException closing) {
            LOG.debug("not scheduled, the studio is closing", closing);
            return Cancellable.NONE;
        }
    }

    @Override
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
