package io.switchboard.icons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.SVGPath;

/**
 * The application icon, drawn from its SVG source ({@code app-icon.svg}: paths with a fill or a stroke) so that
 * windows, the README and the installers show the same picture.
 */
public final class AppIcon {

    /** The sizes window managers and installers ask for. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final double SOURCE_SIZE = 256;
    private static final Pattern PATH = Pattern.compile("<path\\s([^>]*)/>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    private AppIcon() {
    }

    /** The SVG source's text. */
    public static String svg() {
        try (InputStream in = AppIcon.class.getResourceAsStream("app-icon.svg")) {
            if (in == null) {
                throw new IOException("app-icon.svg is missing from the icons module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The icon as shapes, {@code size} pixels square. */
    public static Node node(double size) {
        Group group = new Group();
        Matcher paths = PATH.matcher(svg());
        while (paths.find()) {
            SVGPath shape = new SVGPath();
            Matcher attributes = ATTRIBUTE.matcher(paths.group(1));
            shape.setFill(null);
            while (attributes.find()) {
                String value = attributes.group(2);
                switch (attributes.group(1)) {
                    case "d" -> shape.setContent(value);
                    case "fill" -> shape.setFill("none".equals(value) ? null : Color.web(value));
                    case "stroke" -> shape.setStroke(Color.web(value));
                    case "stroke-width" -> shape.setStrokeWidth(Double.parseDouble(value));
                    case "stroke-linecap" -> shape.setStrokeLineCap(StrokeLineCap.valueOf(value.toUpperCase()));
                    default -> { }
                }
            }
            group.getChildren().add(shape);
        }
        double scale = size / SOURCE_SIZE;
        group.getTransforms().add(new javafx.scene.transform.Scale(scale, scale, 0, 0));
        return new Group(group);
    }

    /**
     * The icon at every size in {@link #SIZES}, for a window: the PNGs rendered from the source beforehand (see
     * {@link #image}), so that a window opening draws nothing.
     */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            String name = "app-icon-" + size + ".png";
            java.net.URL png = AppIcon.class.getResource(name);
            if (png == null) {
                throw new UncheckedIOException(new IOException(name + " is missing from the icons module"));
            }
            images.add(new Image(png.toExternalForm()));
        }
        return images;
    }

    /**
     * The icon as an image {@code size} pixels square, transparent around it, drawn from the source (how its PNGs
     * are made). Call on the FX thread.
     */
    public static Image image(int size) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new javafx.geometry.Rectangle2D(0, 0, size, size));
        Node node = node(size);
        return node.snapshot(parameters, null);
    }
}
