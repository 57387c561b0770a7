package io.switchboard.fx.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.switchboard.fx.task.FxWatchdog;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test of a real screen during which the FX thread worked longer than 250 ms without answering, naming what
 * ran. Counted in the FX thread's own processor time, so that a machine busy with other work does not fail a test.
 * Register it after TestFX's extension, so that building the stage (in {@code @Start}) is not counted.
 */
public final class NoFxBlocks implements BeforeEachCallback, AfterEachCallback {

    static final Duration LIMIT = Duration.ofMillis(Long.getLong("switchboard.fxBlockMillis", 250));

    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(NoFxBlocks.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        // The stage built in @Start is styled and laid out in the pulses after it; that first pass is not the test's.
        WaitForAsyncUtils.waitForFxEvents(4);
        context.getStore(SPACE).put("watchdog", FxWatchdog.start(LIMIT, FxWatchdog.Measure.CPU, block -> { }));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FxWatchdog watchdog = context.getStore(SPACE).remove("watchdog", FxWatchdog.class);
        watchdog.close();
        if (!watchdog.blocks().isEmpty()) {
            fail(watchdog.blocks().get(0) + (watchdog.blocks().size() > 1
                    ? "\n(and " + (watchdog.blocks().size() - 1) + " more)" : ""));
        }
    }
}
