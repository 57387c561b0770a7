package io.switchboard.runtime;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits on a condition the runtime reaches by itself, up to 30 s, looking again every 20 ms. */
final class Eventually {

    private static final long LIMIT_SECONDS = 30;

    private Eventually() {
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + LIMIT_SECONDS + " s");
            }
            Thread.sleep(20);
        }
    }

    /** The items once there are some. */
    static <T> List<T> found(Supplier<List<T>> items) throws InterruptedException {
        @SuppressWarnings("unchecked")
        List<T>[] last = new List[1];
        until(() -> !(last[0] = items.get()).isEmpty());
        return last[0];
    }
}
