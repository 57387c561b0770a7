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
public final class Screenshots {

    static final Path OUT = Path.of("..", "docs", "screenshots");

    private Screenshots() {
    }

    public static void awaitTrue(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Lets the pulses after a change draw it (colours and lines come a pulse or two later). */
    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents(20);
    }

    public static void shot(Scene scene, String name) throws Exception {
        shot(scene, OUT, name);
    }

    /** The scene as a PNG in {@code folder}. */
    public static void shot(Scene scene, Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile().getAbsoluteFile());
    }
}
