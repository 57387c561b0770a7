package io.switchboard.fx.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link Tasks} for tests: everything runs on the caller's thread, which plays the UI thread. Work and its outcome
 * run at once; waits run only when the test moves the clock with {@link #advance}, in the order they fall due. A
 * test therefore states how much time passes, and never depends on how fast the machine is.
 */
public final class ManualTasks implements Tasks {

    private record Timer(long dueNanos, long order, Runnable action, boolean[] cancelled) {
    }

    /** Where the test's clock starts: a fixed moment, so that anything derived from the time repeats. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final List<Timer> timers = new ArrayList<>();
    private long nowNanos;
    private long scheduled;

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Outcome.of(work).deliver(onSuccess, onFailure);
        return Cancellable.NONE;
    }

    @Override
    public Cancellable later(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        timers.add(new Timer(nowNanos + delay.toNanos(), scheduled++, action, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Instant now() {
        return START.plusNanos(nowNanos);
    }

    /** Moves the clock on by {@code time}, running each wait that falls due on the way, in order. */
    public void advance(Duration time) {
        long until = nowNanos + time.toNanos();
        Timer next;
        while ((next = nextDue(until)) != null) {
            timers.remove(next);
            nowNanos = Math.max(nowNanos, next.dueNanos());
            if (!next.cancelled()[0]) {
                next.action().run();
            }
        }
        nowNanos = until;
    }

    /** Whether any wait is still to run. */
    public boolean waiting() {
        return timers.stream().anyMatch(timer -> !timer.cancelled()[0]);
    }

    private Timer nextDue(long until) {
        return timers.stream().filter(timer -> timer.dueNanos() <= until)
                .min(Comparator.comparingLong(Timer::dueNanos).thenComparingLong(Timer::order))
                .orElse(null);
    }
}
