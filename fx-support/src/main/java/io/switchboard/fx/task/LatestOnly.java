package io.switchboard.fx.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One kind of work of which only the latest request counts (a check after typing, a preview after an edit): a new
 * request cancels the one still waiting or running, waits out the pause, and an outcome of an older request is
 * never delivered. Used from the UI thread only.
 */
public final class LatestOnly {

    private final Tasks tasks;
    private final Duration pause;
    private long generation;
    private Tasks.Cancellable pending = Tasks.Cancellable.NONE;

    public LatestOnly(Tasks tasks, Duration pause) {
        this.tasks = tasks;
        this.pause = pause;
    }

    /**
     * After the pause, takes the work from {@code prepare} (on the UI thread, so it sees the latest state then) and
     * runs it in the background; {@code prepare} may give null when there is nothing to do.
     */
    public <T> void request(Supplier<Callable<T>> prepare, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        long ticket = restart();
        if (pause.isZero()) {
            start(ticket, prepare.get(), onSuccess, onFailure);
        } else {
            pending = tasks.later(pause, () -> start(ticket, prepare.get(), onSuccess, onFailure));
        }
    }

    /** Runs {@code work} at once, without the pause. */
    public <T> void now(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        start(restart(), work, onSuccess, onFailure);
    }

    /** Drops whatever is waiting or running. */
    public void cancel() {
        restart();
    }

    /** Whether a request is still waiting or running. */
    public boolean busy() {
        return pending != Tasks.Cancellable.NONE;
    }

    private long restart() {
        pending.cancel();
        pending = Tasks.Cancellable.NONE;
        return ++generation;
    }

    private <T> void start(long ticket, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        if (ticket != generation) {
            return;
        }
        if (work == null) {
            // Nothing to do after all (the state the work depends on went away during the pause).
            pending = Tasks.Cancellable.NONE;
            return;
        }
        Tasks.Cancellable running = tasks.run(work, value -> {
            if (ticket == generation) {
                pending = Tasks.Cancellable.NONE;
                onSuccess.accept(value);
            }
        }, failure -> {
            if (ticket == generation) {
                pending = Tasks.Cancellable.NONE;
                onFailure.accept(failure);
            }
        });
        if (ticket == generation) {
            // Still the latest: the outcome is yet to come (or came at once and left NONE behind, as running is).
            pending = running;
        }
    }
}
