package io.switchboard.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** What the README's screenshot tests share: waiting for what is to be shown, letting it draw, taking the picture. */
final class Screenshots {

    static final Path OUT = Path.of("..", "docs", "screenshots");

    private Screenshots() {
    }

    static void awaitTrue(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Lets the pulses after a change draw it (colours and lines come a pulse or two later). */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents(20);
    }

    static void shot(Scene scene, String name) throws Exception {
        Files.createDirectories(OUT);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name).toFile().getAbsoluteFile());
    }
}
