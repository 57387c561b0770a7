package io.switchboard.fx.task;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A block of the FX thread is seen, and says what was running. */
@ExtendWith(ApplicationExtension.class)
class FxWatchdogTest {

    @Test
    void aBlockIsReportedWithWhatRan() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FxWatchdog watchdog = FxWatchdog.start(Duration.ofMillis(50), block -> { })) {
            Platform.runLater(() -> holdTheFxThread(release));
            // Held until the watchdog has seen the block outlast its limit: no guess at how long that takes.
            awaitOffTheFxThread(watchdog::blockedNow);
            release.countDown();
            awaitOffTheFxThread(() -> !watchdog.blocks().isEmpty());

            String report = watchdog.blocks().get(0).toString();
            assertTrue(report.contains("holdTheFxThread"), report);
            assertTrue(watchdog.blocks().get(0).length().toMillis() >= 50, report);
        }
    }

    private static void holdTheFxThread(CountDownLatch release) {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The FX thread is held here, so the usual wait (which lets it run its events first) cannot be used. */
    private static void awaitOffTheFxThread(BooleanSupplier condition) throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < 6_000 && !condition.getAsBoolean(); i++) {
            never.await(10, TimeUnit.MILLISECONDS);
        }
        assertTrue(condition.getAsBoolean());
    }
}
