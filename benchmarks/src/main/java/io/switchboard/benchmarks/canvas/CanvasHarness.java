package io.switchboard.benchmarks.canvas;

import io.switchboard.benchmarks.MappingInputs;
import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.mapping.MappingDocumentViewModel;
import io.switchboard.designer.mapping.MappingEditorView;
import io.switchboard.designer.mapping.MappingEditorViewModel;
import io.switchboard.designer.mapping.MappingDetails;
import io.switchboard.designer.mapping.canvas.FieldTreeView;
import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.designer.mapping.preview.PreviewComputation;
import io.switchboard.designer.mapping.preview.PreviewViewModel;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.schema.FieldNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * The mapping canvas under load, headless: a 500 × 500-field mapping with 300 lines, both trees fully open. Measures
 * the time to the first frame with lines, the pulses while a line is dragged and while both trees scroll, and the
 * preview of the reference mapping on the 1,000-item order after an edit. Prints one table.
 */
public final class CanvasHarness {

    private static final int PULSES = Integer.getInteger("switchboard.pulses", 400);
    private static final int EDITS = Integer.getInteger("switchboard.edits", 40);
    /** Edits made before measuring, so the JIT has compiled the engine: the studio runs for hours. */
    private static final int WARM_UP = 20;

    private final List<String[]> rows = new ArrayList<>();
    private String prefix = "";

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path folder = Files.createTempDirectory("switchboard-canvas");
        try {
            new CanvasHarness().run(folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Platform.exit();
        }
    }

    private void run(Path folder) throws Exception {
        Path mapping = GeneratedMapping.write(folder);
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
        try {
            canvas(mapping, background, "first open in the JVM", true);
            canvas(mapping, background, "second open", true);
            canvas(GeneratedMapping.writeWithoutLines(folder), background, "baseline: same trees, no lines", false);
            preview(background);
        } finally {
            background.shutdownNow();
        }
        System.out.println();
        System.out.printf("%-58s %10s %10s %10s %8s%n", "measure", "median ms", "p95 ms", "max ms", "samples");
        rows.forEach(row -> System.out.printf("%-58s %10s %10s %10s %8s%n", (Object[]) row));
    }

    private static final class Editor {
        MappingEditorViewModel model;
        MappingDocumentViewModel document;
        PreviewViewModel preview;
        MappingEditorView view;
        Stage stage;
        PulseRecorder pulses;
    }

    private Editor editor(ScheduledExecutorService background) {
        Editor editor = new Editor();
        editor.model = new MappingEditorViewModel(new CommandManager(), new ManualTasks());
        editor.document = new MappingDocumentViewModel(editor.model, new MappingFiles(new PayloadCodec()),
                new ManualTasks());
        editor.preview = new PreviewViewModel(editor.model.mappingProperty(), new PreviewComputation(new MappingEngine()),
                new PayloadCodec(), new ExecutorTasks(background, background, Platform::runLater), Duration.ZERO);
        editor.view = new MappingEditorView(editor.document, editor.preview,
                MappingDetails.of(editor.model, new ManualTasks()), FXCollections.observableArrayList(),
                FXCollections.observableArrayList());
        return editor;
    }

    private void canvas(Path mappingFile, ScheduledExecutorService background, String label, boolean lines)
            throws Exception {
        CompletableFuture<Double> firstRender = new CompletableFuture<>();
        Editor editor = onFx(() -> {
            long started = System.nanoTime();
            Editor created = editor(background);
            created.document.open(mappingFile);
            expandAll(created.view.sourceTree());
            expandAll(created.view.targetTree());
            Scene scene = new Scene(created.view, 1280, 800);
            scene.getStylesheets().addAll(stylesheets());
            scene.addPostLayoutPulseListener(() -> {
                if (!firstRender.isDone() && (created.view.lineLayer().drawnLines() > 0 || !lines)) {
                    firstRender.complete((System.nanoTime() - started) / 1e6);
                }
            });
            created.stage = new Stage();
            created.stage.setScene(scene);
            created.stage.show();
            created.pulses = new PulseRecorder(scene);
            return created;
        });
        double first = firstRender.get(30, TimeUnit.SECONDS);
        rows.add(new String[] {"first render, " + label, fmt(first), "", "", "1"});
        int drawn = onFx(() -> editor.view.lineLayer().drawnLines());
        System.out.println(label + ": " + drawn + " of " + onFx(() -> editor.model.lines().size())
                + " lines on screen in the first frame");
        if (label.startsWith("first")) {
            onFx(() -> {
                editor.stage.close();
                return null;
            });
            return;
        }
        prefix = lines ? "" : "baseline, ";
        drag(editor);
        scroll(editor);
        onFx(() -> {
            editor.stage.close();
            return null;
        });
    }

    /** One drag event per pulse, the line's end sweeping up and down across the canvas. */
    private void drag(Editor editor) throws Exception {
        FieldTreeView source = editor.view.sourceTree();
        Point2D from = onFx(() -> {
            var tree = source.tree();
            var bounds = tree.localToScene(tree.getLayoutBounds());
            Point2D start = new Point2D(bounds.getMinX() + 60, bounds.getMinY() + 60);
            Event.fireEvent(tree, mouse(MouseEvent.MOUSE_PRESSED, start.getX(), start.getY()));
            return start;
        });
        int[] step = {0};
        measure(editor, "dragging", () -> {
            double y = from.getY() + 20 * (step[0] % 20);
            double x = from.getX() + 200 + 4 * (step[0]++ % 100);
            Event.fireEvent(source.tree(), mouse(MouseEvent.MOUSE_DRAGGED, x, y));
        });
        onFx(() -> {
            Event.fireEvent(source.tree(), mouse(MouseEvent.MOUSE_RELEASED, from.getX() + 300, from.getY()));
            return null;
        });
    }

    /** Both trees scroll three rows per pulse, down and back up. */
    private void scroll(Editor editor) throws Exception {
        VirtualFlow<?> sourceFlow = onFx(() -> (VirtualFlow<?>) editor.view.sourceTree().tree().lookup(".virtual-flow"));
        VirtualFlow<?> targetFlow = onFx(() -> (VirtualFlow<?>) editor.view.targetTree().tree().lookup(".virtual-flow"));
        int[] step = {0};
        measure(editor, "scrolling", () -> {
            double pixels = (step[0]++ / 60 % 2 == 0 ? 72 : -72);
            sourceFlow.scrollPixels(pixels);
            targetFlow.scrollPixels(pixels);
        });
    }

    private void measure(Editor editor, String what, Runnable eachPulse) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            editor.pulses.start(() -> {
                if (editor.pulses.pulses() >= PULSES) {
                    editor.pulses.stop();
                    done.countDown();
                    return;
                }
                eachPulse.run();
            });
            editor.view.lineLayer().requestLayout();
            return null;
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pulses stopped " + what);
        }
        double[] work = onFx(editor.pulses::work);
        double[] period = onFx(editor.pulses::period);
        rows.add(row(prefix + "pulse, FX work, " + what, work));
        rows.add(row(prefix + "pulse period (incl. render), " + what, period));
    }

    /** The reference mapping on the 1,000-item order: from an edit to the preview shown, and the computation alone. */
    private void preview(ScheduledExecutorService background) throws Exception {
        Path reference = MappingInputs.mappingFile().toAbsolutePath();
        String order = new String(MappingInputs.order("large"), StandardCharsets.UTF_8);
        Editor editor = onFx(() -> {
            Editor created = editor(background);
            created.document.open(reference);
            Scene scene = new Scene(created.view, 1280, 800);
            scene.getStylesheets().addAll(stylesheets());
            created.stage = new Stage();
            created.stage.setScene(scene);
            created.stage.show();
            created.preview.inputProperty().set(order);
            return created;
        });
        awaitResult(editor, 0);
        List<Double> shown = new ArrayList<>();
        List<Double> computed = new ArrayList<>();
        for (int i = 0; i < EDITS + WARM_UP; i++) {
            String expression = (i % 2 == 0 ? "\"IN-\"" : "\"INV-\"") + " + .orderId";
            long revision = onFx(() -> (long) editor.preview.resultProperty().get().hashCode());
            long started = System.nanoTime();
            onFx(() -> {
                editor.model.setExpression(List.of("invoiceNumber"), expression);
                return null;
            });
            awaitResult(editor, revision);
            CompletableFuture<Double> painted = new CompletableFuture<>();
            onFx(() -> {
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    painted.complete((System.nanoTime() - started) / 1e6);
                    Platform.runLater(() -> editor.stage.getScene().removePostLayoutPulseListener(listener[0]));
                };
                editor.stage.getScene().addPostLayoutPulseListener(listener[0]);
                editor.view.lineLayer().requestLayout();
                return null;
            });
            double shownMillis = painted.get(30, TimeUnit.SECONDS);
            if (i >= WARM_UP) {
                shown.add(shownMillis);
                computed.add(onFx(() -> editor.preview.resultProperty().get().micros() / 1000.0));
            }
        }
        rows.add(row("preview, 1,000-item order: computation", sorted(computed)));
        rows.add(row("preview, 1,000-item order: edit → output shown", sorted(shown)));
        onFx(() -> {
            editor.stage.close();
            return null;
        });
    }

    private static void awaitResult(Editor editor, long previousHash) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Boolean ready = onFx(() -> {
                var result = editor.preview.resultProperty().get();
                return result != null && result.hashCode() != previousHash && !result.failed();
            });
            if (ready) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("no preview: " + onFx(() -> editor.preview.statusProperty().get()));
    }

    private static void expandAll(FieldTreeView view) {
        TreeItem<FieldNode> root = view.tree().getRoot();
        if (root == null) {
            return;
        }
        root.setExpanded(true);
        root.getChildren().forEach(child -> child.setExpanded(true));
    }

    private static List<String> stylesheets() {
        return Stream.of("theme/studio.css", "theme/light.css")
                .map(name -> Path.of(MappingInputs.root().toString(), "app/src/main/resources/io/switchboard/app", name))
                .filter(Files::exists)
                .map(path -> path.toUri().toString())
                .toList();
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                false, false, false, null);
    }

    private static String[] row(String what, double[] sorted) {
        return new String[] {what, fmt(PulseRecorder.percentile(sorted, 0.5)), fmt(PulseRecorder.percentile(sorted, 0.95)),
                fmt(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]), String.valueOf(sorted.length)};
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static String fmt(double value) {
        return String.format("%.2f", value);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
