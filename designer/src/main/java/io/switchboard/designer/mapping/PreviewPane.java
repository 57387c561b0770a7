package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.preview.PreviewResult;
import io.switchboard.designer.mapping.preview.PreviewViewModel;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The live preview: the input (a workspace sample, or pasted text) and the target document the mapping makes of it,
 * with the fields the last edit changed highlighted, and the failing field named when an expression fails.
 */
final class PreviewPane extends VBox {

    private final CodeArea output = new CodeArea();
    private final Label status = new Label();
    private String[] shownLines = new String[0];
    /** The lines marked as changed by the last result: the next result takes the mark off those it did not change. */
    private java.util.Set<Integer> marked = java.util.Set.of();

    /** {@code workspace}: the open mapping's workspace, where a test case is kept; null while there is none. */
    PreviewPane(PreviewViewModel preview, ObservableList<Path> samples, java.util.function.Supplier<Path> workspace) {
        setId("preview-pane");
        getStyleClass().add("preview-pane");
        Label title = new Label("Preview", StudioIcon.PREVIEW.create(16));
        title.getStyleClass().add("section-title");
        ComboBox<Path> sample = new ComboBox<>(samples);
        sample.setId("preview-sample");
        sample.setPromptText("Sample input");
        sample.setCellFactory(list -> new SampleCell());
        sample.setButtonCell(new SampleCell());
        sample.valueProperty().addListener((observable, old, now) -> {
            if (now != null) {
                preview.useSample(now);
            }
        });
        Label inputName = new Label();
        inputName.textProperty().bind(preview.inputNameProperty());
        Label kept = new Label();
        kept.setId("preview-test-case");
        kept.getStyleClass().add("preview-status");
        javafx.scene.control.Button keep = new javafx.scene.control.Button("Test case…", StudioIcon.SAVE.create(14));
        keep.setId("preview-save-test-case");
        keep.setTooltip(new javafx.scene.control.Tooltip("Save as test case: the input and the output shown now, "
                + "kept in samples/ and run by switchboard test"));
        keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        inputName.setMinWidth(0);
        keep.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                preview.resultProperty().get() == null || preview.resultProperty().get().failed(),
                preview.resultProperty()));
        keep.setOnAction(event -> {
            Path root = workspace.get();
            if (root == null) {
                kept.setText("Save the mapping in a workspace first: a test case is kept beside it.");
                return;
            }
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                    preview.inputNameProperty().get().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", ""));
            ask.initOwner(getScene().getWindow());
            ask.setTitle("Save as test case");
            ask.setHeaderText("The input and the output shown now, kept in samples/ as a case that switchboard test "
                    + "runs.");
            ask.setContentText("Name");
            ask.showAndWait().filter(name -> !name.isBlank())
                    .ifPresent(name -> preview.saveAsTestCase(root, name, kept::setText));
        });
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, sample, inputName, spacer, keep);
        kept.setWrapText(true);
        header.getStyleClass().add("preview-header");

        output.setId("preview-output");
        output.setEditable(false);
        output.getStyleClass().add("preview-output");
        TextArea input = new TextArea();
        input.setId("preview-input");
        input.textProperty().bindBidirectional(preview.inputProperty());
        TabPane tabs = new TabPane(new Tab("Output", output), new Tab("Input", input));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        status.setId("preview-status");
        status.getStyleClass().add("preview-status");
        status.setWrapText(true);
        status.textProperty().bind(preview.statusProperty());
        kept.managedProperty().bind(kept.textProperty().isNotEmpty());
        getChildren().addAll(header, kept, tabs, status);
        preview.resultProperty().addListener((observable, old, now) -> show(now));
    }

    private void show(PreviewResult result) {
        status.getStyleClass().remove("preview-failed");
        if (result == null) {
            return;
        }
        if (result.failed()) {
            status.getStyleClass().add("preview-failed");
            return;
        }
        replaceChangedLines(result.text().text());
        // Style only the lines that change state: a 1,000-item output has tens of thousands of lines.
        List<List<String>> paths = result.text().pathOfLine();
        java.util.Set<Integer> now = new java.util.HashSet<>();
        if (!result.changed().isEmpty()) {
            for (int line = 0; line < paths.size(); line++) {
                if (!paths.get(line).isEmpty() && result.changed().contains(paths.get(line))) {
                    now.add(line);
                }
            }
        }
        int lines = output.getParagraphs().size();
        for (int line : marked) {
            if (line < lines && !now.contains(line)) {
                output.setParagraphStyle(line, List.of());
            }
        }
        for (int line : now) {
            if (line < lines) {
                output.setParagraphStyle(line, List.of("preview-changed"));
            }
        }
        marked = now;
    }

    /**
     * Puts the new output in, touching only the lines that differ when the shape is the same: an edit usually changes
     * a few lines of a long document, and replacing the whole text of a 1,000-item output costs more than computing it.
     */
    private void replaceChangedLines(String text) {
        String[] now = text.split("\n", -1);
        String[] before = shownLines;
        shownLines = now;
        if (before.length != now.length || output.getParagraphs().size() != now.length) {
            double scrolled = output.getEstimatedScrollY();
            output.replaceText(text);
            output.moveTo(0);
            output.scrollYToPixel(scrolled);
            return;
        }
        for (int line = 0; line < now.length; line++) {
            if (!before[line].equals(now[line])) {
                output.replaceText(line, 0, line, before[line].length(), now[line]);
            }
        }
    }

    CodeArea output() {
        return output;
    }

    private static final class SampleCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path path, boolean empty) {
            super.updateItem(path, empty);
            setText(empty || path == null ? null : path.getFileName().toString());
        }
    }
}
