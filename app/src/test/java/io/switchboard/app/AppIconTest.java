package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.switchboard.icons.AppIcon;
import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window's icons are the PNGs the icons module ships, one for every size. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    @Test
    void everySizeLoadsFromItsPng() {
        List<Image> images = AppIcon.images();
        assertEquals(AppIcon.SIZES.size(), images.size());
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            assertFalse(image.isError(), () -> "the icon's PNG did not load: " + image.getException());
            assertEquals(AppIcon.SIZES.get(i), (int) image.getWidth());
            assertEquals(AppIcon.SIZES.get(i), (int) image.getHeight());
        }
    }
}
