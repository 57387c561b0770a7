package io.switchboard.fx.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way tests of real screens wait: on a condition, checked on the FX thread after it has handled what is
 * queued, never for a stretch of time. The bound is generous on purpose; it only ends a test that would never pass.
 */
public final class FxAwait {

    private static final long BOUND_SECONDS = 60;

    private FxAwait() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, () -> "");
    }

    /** As {@link #until(String, BooleanSupplier)}; when it fails, {@code seen} (read on the FX thread) says why. */
    public static void until(String what, BooleanSupplier condition, java.util.function.Supplier<String> seen) {
        try {
            WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return onFx(condition);
            });
        } catch (TimeoutException e) {
            // Reported below, with what was awaited.
        }
        if (!onFx(condition)) {
            String state;
            try {
                state = WaitForAsyncUtils.asyncFx(seen::get).get(BOUND_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                state = "(what was seen could not be read: " + e + ")";
            }
            assertTrue(false, what + (state.isEmpty() ? "" : "; seen: " + state));
        }
    }

    /**
     * The condition is read on the FX thread: the scene graph and the controls' state may only be read there (a
     * lookup from another thread while the FX thread changes the scene fails now and then).
     */
    private static boolean onFx(BooleanSupplier condition) {
        try {
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
