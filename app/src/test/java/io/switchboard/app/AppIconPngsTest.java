package io.switchboard.app;

import io.switchboard.icons.AppIcon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the application icon's PNG sizes from its SVG source into the icons module (for installers and the README):
 * {@code mvn -Pscreenshots -pl app test -Dtest=AppIconPngsTest}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class AppIconPngsTest {

    static final Path ICONS = Path.of("..", "icons", "src", "main", "resources", "io", "switchboard", "icons");

    @Test
    void renderEverySize() throws Exception {
        for (int size : AppIcon.SIZES) {
            var image = WaitForAsyncUtils.asyncFx(() -> AppIcon.image(size)).get(30, TimeUnit.SECONDS);
            Files.createDirectories(ICONS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    ICONS.resolve("app-icon-" + size + ".png").toFile());
        }
    }
}
