package io.switchboard.designer.contract.review;

import io.switchboard.contract.diff.Change;
import io.switchboard.contract.review.ReviewNote;
import io.switchboard.designer.contract.editor.ContractHighlighter;
import io.switchboard.designer.contract.editor.LineNumbers;
import io.switchboard.fx.task.Tasks;
import io.switchboard.icons.StudioIcon;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * Two versions side by side, changed lines marked by level, the changes grouped by operation (breaking first), and
 * the notes of the session on the chosen operation or schema.
 */
public final class ReviewView extends BorderPane {

    private final ReviewViewModel viewModel;
    private final CodeArea base = readOnlyArea("review-base");
    private final CodeArea revision = readOnlyArea("review-revision");
    private final ContractHighlighter baseColours;
    private final ContractHighlighter revisionColours;
    private final TreeView<Object> changes = new TreeView<>();

    public ReviewView(ReviewViewModel viewModel, Tasks tasks) {
        this.viewModel = viewModel;
        getStyleClass().add("contract-review");
        setId("contract-review");
        baseColours = new ContractHighlighter(base, tasks);
        revisionColours = new ContractHighlighter(revision, tasks);
        base.estimatedScrollYProperty().addListener((observable, old, now) -> baseColours.request());
        revision.estimatedScrollYProperty().addListener((observable, old, now) -> revisionColours.request());

        Label summary = new Label();
        summary.setId("review-summary");
        summary.getStyleClass().add("editor-title");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setGraphic(StudioIcon.ERROR.create(14));
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        setTop(new VBox(summary, error));

        changes.setId("review-changes");
        changes.setShowRoot(false);
        changes.setRoot(new TreeItem<>());
        changes.setCellFactory(view -> new ChangeCell());
        changes.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> select(item));
        viewModel.groups().addListener((ListChangeListener<ReviewViewModel.Group>) change -> showGroups());
        viewModel.sidesProperty().addListener((observable, old, sides) -> showSides(sides));

        SplitPane texts = new SplitPane(titled("base", ReviewViewModel.Sides::baseName, base),
                titled("revision", ReviewViewModel.Sides::revisionName, revision));
        SplitPane main = new SplitPane(changes, texts);
        main.setDividerPositions(0.32);
        SplitPane vertical = new SplitPane(main, notes());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.76);
        setCenter(vertical);
    }

    private static CodeArea readOnlyArea(String id) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.getStyleClass().add("contract-text");
        area.setEditable(false);
        LineNumbers.install(area);
        return area;
    }

    private VBox titled(String name, java.util.function.Function<ReviewViewModel.Sides, String> side, CodeArea area) {
        Label title = new Label(name);
        title.getStyleClass().add("section-title");
        viewModel.sidesProperty().addListener((observable, old, sides) -> title.setText(name + ": "
                + side.apply(sides)));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(title, scroll);
    }

    private VBox notes() {
        ComboBox<String> target = new ComboBox<>();
        target.setId("review-note-target");
        target.setEditable(true);
        target.setPromptText("GET /pets or #/components/schemas/Pet");
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        viewModel.groups().addListener((ListChangeListener<ReviewViewModel.Group>) change -> target.getItems()
                .setAll(viewModel.groups().stream().map(ReviewViewModel.Group::target)
                        .filter(name -> !name.equals("Whole API")).toList()));
        ListView<ReviewNote> list = new ListView<>(viewModel.notes());
        list.setId("review-notes");
        list.setPlaceholder(new Label("No notes yet on this operation or schema."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewNote note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : note.target() + " · " + note.author() + " · "
                        + note.created() + "\n" + note.text());
            }
        });
        TextArea text = new TextArea();
        text.setId("review-note-text");
        text.setPromptText("A note for the team, saved beside the contract as <name>.review.json");
        text.setPrefRowCount(2);
        Button add = new Button("Add note", StudioIcon.NOTE.create(14));
        add.setId("review-add-note");
        add.setOnAction(event -> {
            viewModel.addNote(text.getText());
            text.clear();
        });
        HBox entry = new HBox(6, target, text, add);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label title = new Label("Review notes");
        title.getStyleClass().add("section-title");
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(4, title, list, entry);
    }

    private void showGroups() {
        TreeItem<Object> root = new TreeItem<>();
        for (ReviewViewModel.Group group : viewModel.groups()) {
            TreeItem<Object> item = new TreeItem<>(group);
            group.changes().forEach(change -> item.getChildren().add(new TreeItem<>(change)));
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        changes.setRoot(root);
    }

    private void showSides(ReviewViewModel.Sides sides) {
        base.replaceText(sides.baseText());
        revision.replaceText(sides.revisionText());
        // A new text leaves the caret at its end, and the view follows the caret: start at the top instead.
        base.moveTo(0);
        revision.moveTo(0);
        boolean yaml = !sides.revisionText().stripLeading().startsWith("{");
        baseColours.setYaml(yaml);
        revisionColours.setYaml(yaml);
        List<Change> all = viewModel.changesProperty().get();
        for (Change change : all) {
            mark(base, change.base().location().line(), change);
            mark(revision, change.revision().location().line(), change);
        }
        baseColours.request();
        revisionColours.request();
        // After the new texts are laid out (a new text resets the view's scroll at its first layout), show the most
        // serious change.
        afterNextLayout(() -> {
            TreeItem<Object> root = changes.getRoot();
            if (root != null && !root.getChildren().isEmpty() && !root.getChildren().get(0).getChildren().isEmpty()) {
                changes.getSelectionModel().select(root.getChildren().get(0).getChildren().get(0));
            } else {
                base.showParagraphAtTop(0);
                revision.showParagraphAtTop(0);
            }
        });
    }

    private void afterNextLayout(Runnable action) {
        if (getScene() == null) {
            javafx.application.Platform.runLater(action);
            return;
        }
        javafx.scene.Scene scene = getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private static void mark(CodeArea area, int line, Change change) {
        if (line > 0 && line <= area.getParagraphs().size()) {
            area.setParagraphStyle(line - 1, List.of("changed-line", "changed-" + change.level().name()
                    .toLowerCase()));
        }
    }

    private void select(TreeItem<Object> item) {
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof ReviewViewModel.Group group) {
            viewModel.targetProperty().set(group.target().equals("Whole API") ? null : group.target());
            if (!group.changes().isEmpty()) {
                show(group.changes().get(0));
            }
        } else if (item.getValue() instanceof Change change) {
            if (!change.operation().isEmpty()) {
                viewModel.targetProperty().set(change.operation());
            }
            show(change);
        }
    }

    private void show(Change change) {
        reveal(base, change.base().location().line());
        reveal(revision, change.revision().location().line());
    }

    private static void reveal(CodeArea area, int line) {
        if (line > 0 && line <= area.getParagraphs().size()) {
            // The caret at the line's start, so the view does not scroll sideways to a long line's end.
            area.selectRange(line - 1, area.getParagraphLength(line - 1), line - 1, 0);
            area.requestFollowCaret();
            area.showParagraphAtCenter(line - 1);
        }
    }

    private static final class ChangeCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (value instanceof ReviewViewModel.Group group) {
                Label level = badge(group.worst().name());
                Label name = new Label(group.target() + "  (" + group.changes().size() + ")");
                name.getStyleClass().add("review-group");
                setText(null);
                setGraphic(new HBox(6, level, name));
            } else if (value instanceof Change change) {
                Label level = badge(change.level().name());
                Label text = new Label(change.message());
                text.setTooltip(new javafx.scene.control.Tooltip(change.rule() + "\nbase line "
                        + change.base().location().line() + ", revision line " + change.revision().location().line()));
                setText(null);
                setGraphic(new HBox(6, level, text));
            }
        }

        private static Label badge(String level) {
            Label badge = new Label(level);
            badge.getStyleClass().addAll("level-badge", "level-" + level.toLowerCase());
            return badge;
        }
    }
}
