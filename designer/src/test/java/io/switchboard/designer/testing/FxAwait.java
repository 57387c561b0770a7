package io.switchboard.designer.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way tests of real screens wait: on a condition, checked after the FX thread has handled what is queued,
 * never for a stretch of time. The bound is generous on purpose; it only ends a test that would never pass.
 */
public final class FxAwait {

    private static final long BOUND_SECONDS = 60;

    private FxAwait() {
    }

    public static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            // Reported below, with what was awaited.
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
