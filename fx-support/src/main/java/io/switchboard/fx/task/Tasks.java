package io.switchboard.fx.task;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The studio's one way to work off the UI thread, to wait, to come back, and to tell the time. View models and views take one in
 * their constructor: the studio gives them {@link ExecutorTasks}; tests give them {@link ManualTasks}, whose clock
 * moves only when the test says so. Callers are on the UI thread; every outcome comes back on it.
 */
public interface Tasks {

    /**
     * Runs {@code work} off the UI thread, then {@code onSuccess} or {@code onFailure} on it, unless cancelled first.
     * A failure is logged as well as handed over.
     */
    <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs {@code action} on the UI thread once {@code delay} has passed, unless cancelled first. */
    Cancellable later(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread, after what is already queued there. */
    void onUi(Runnable action);

    /** The time now, by this executor's clock (the wall clock in the studio, the test's in tests). */
    Instant now();

    /** Stops waiting for an outcome: it is dropped when it comes. */
    interface Cancellable {
        Cancellable NONE = () -> { };

        void cancel();
    }
}
