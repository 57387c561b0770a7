package io.switchboard.fx.task;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Watches the FX thread: a beat is posted to it every few milliseconds, and a beat that waits longer than the limit
 * is a block. While one lasts, the FX thread's stack is taken, so a block names what ran. The studio logs blocks;
 * tests fail on them.
 */
public final class FxWatchdog implements AutoCloseable {

    /** One time the FX thread did not answer within the limit: for how long, and what it was running. */
    public record Block(Duration length, List<StackTraceElement> running) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("the FX thread was blocked for " + length.toMillis() + " ms");
            if (running.isEmpty()) {
                return text.append(" (not seen while it lasted, so what ran is not known)").toString();
            }
            text.append(" in:");
            running.stream().limit(25).forEach(frame -> text.append("\n    at ").append(frame));
            return text.toString();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** What a block's length is. */
    public enum Measure {
        /** Time as the user waits it: includes waiting for a processor on a busy machine. */
        WALL,
        /**
         * Processor time the FX thread spent while the beat waited: what the FX thread itself did, the same on an
         * idle and on a loaded machine (tests use it, so that a busy machine does not fail them).
         */
        CPU
    }

    private final long limitNanos;
    private final Measure measure;
    private final Consumer<Block> onBlock;
    private final List<Block> blocks = new ArrayList<>();
    private final AtomicReference<Thread> fxThread = new AtomicReference<>();
    private final Thread watcher;
    private volatile boolean running = true;
    private volatile long longestNanos;
    private volatile boolean blockSeen;

    private FxWatchdog(Duration limit, Measure measure, Consumer<Block> onBlock) {
        this.limitNanos = limit.toNanos();
        this.measure = measure;
        this.onBlock = onBlock;
        this.watcher = new Thread(this::watch, "fx-watchdog");
        watcher.setDaemon(true);
    }

    /** Starts watching; {@code onBlock} hears of each block as it ends (on the watchdog's thread). */
    public static FxWatchdog start(Duration limit, Consumer<Block> onBlock) {
        return start(limit, Measure.WALL, onBlock);
    }

    /** As {@link #start(Duration, Consumer)}, measuring blocks as {@code measure} says. */
    public static FxWatchdog start(Duration limit, Measure measure, Consumer<Block> onBlock) {
        FxWatchdog watchdog = new FxWatchdog(limit, measure, onBlock);
        watchdog.watcher.start();
        return watchdog;
    }

    private void watch() {
        while (running) {
            long posted = System.nanoTime();
            long cpuPosted = cpuOfFxThread();
            // When the beat ran, in wall and in the FX thread's own processor time: taken by the beat itself, so that a
            // watcher that waits for a processor after the answer does not count the FX thread's later work.
            long[] answered = {0, -1};
            Platform.runLater(() -> {
                fxThread.compareAndSet(null, Thread.currentThread());
                long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
                synchronized (answered) {
                    answered[1] = cpu;
                    answered[0] = System.nanoTime();
                    answered.notifyAll();
                }
            });
            List<StackTraceElement> seen = List.of();
            synchronized (answered) {
                while (running && answered[0] == 0) {
                    long waited = measured(posted, cpuPosted, System.nanoTime(), cpuOfFxThread());
                    if (waited > limitNanos && seen.isEmpty() && fxThread() != null) {
                        seen = List.of(fxThread().getStackTrace());
                        blockSeen = true;
                    }
                    try {
                        answered.wait(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            blockSeen = false;
            long waited = answered[0] == 0 ? measured(posted, cpuPosted, System.nanoTime(), cpuOfFxThread())
                    : measured(posted, cpuPosted, answered[0], answered[1]);
            longestNanos = Math.max(longestNanos, waited);
            if (waited > limitNanos) {
                Block block = new Block(Duration.ofNanos(waited), seen);
                synchronized (blocks) {
                    blocks.add(block);
                }
                onBlock.accept(block);
            }
            try {
                // Beats a fifth of the limit apart: often enough to see every block, rare enough to cost nothing.
                Thread.sleep(Math.max(1, limitNanos / 5 / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long measured(long postedWall, long postedCpu, long nowWall, long nowCpu) {
        if (measure == Measure.CPU && postedCpu >= 0 && nowCpu >= 0) {
            return nowCpu - postedCpu;
        }
        return nowWall - postedWall;
    }

    /** Processor time the FX thread has used, or -1 when it is not known yet or the JVM cannot tell. */
    private long cpuOfFxThread() {
        Thread fx = fxThread();
        if (fx == null || !THREADS.isThreadCpuTimeSupported()) {
            return -1;
        }
        return THREADS.getThreadCpuTime(fx.getId());
    }

    /** The FX thread: known from the first beat it ran, else found by its name (it may be blocked before that). */
    private Thread fxThread() {
        Thread known = fxThread.get();
        if (known == null) {
            known = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
            if (known != null) {
                fxThread.compareAndSet(null, known);
            }
        }
        return known;
    }

    /** Whether the FX thread is blocked right now beyond the limit, and what it runs has been taken. */
    public boolean blockedNow() {
        return blockSeen;
    }

    /** The longest the FX thread took to answer a beat so far. */
    public Duration longest() {
        return Duration.ofNanos(longestNanos);
    }

    public List<Block> blocks() {
        synchronized (blocks) {
            return List.copyOf(blocks);
        }
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
