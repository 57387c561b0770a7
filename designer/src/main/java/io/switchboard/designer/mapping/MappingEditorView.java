package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.MappingDocumentViewModel.Side;
import io.switchboard.designer.mapping.canvas.DragGesture;
import io.switchboard.designer.mapping.canvas.FieldTreeView;
import io.switchboard.designer.mapping.canvas.LineLayer;
import io.switchboard.designer.mapping.preview.PreviewViewModel;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The mapping canvas: source fields on the left, target fields on the right, lines and function nodes between them;
 * under it the expression, the findings, the suggestions and the live preview. Binds and forwards only: every
 * action is one call on a view model.
 */
public final class MappingEditorView extends BorderPane {

    private static final double BASE_FONT = 12.5;
    private static final double BASE_ROW = 24;

    private final MappingDocumentViewModel document;
    private final MappingEditorViewModel editor;
    private final FieldTreeView source = new FieldTreeView("source-tree", "Source", StudioIcon.SOURCE);
    private final FieldTreeView target = new FieldTreeView("target-tree", "Target", StudioIcon.TARGET);
    private final LineLayer layer;
    private final SuggestionsPane suggestions;
    private final HBox canvasArea;
    private final SchemaSidePicker picker;
    private double lastScreenX;
    private double lastScreenY;

    public MappingEditorView(MappingDocumentViewModel document, PreviewViewModel preview,
                             MappingDetails panes, ObservableList<Path> contracts,
                             ObservableList<Path> samples) {
        this.document = document;
        this.editor = document.editor();
        setId("mapping-editor");
        getStyleClass().add("mapping-editor");
        layer = new LineLayer(source, target, editor.lines(), path -> selectTarget(path));
        suggestions = new SuggestionsPane(panes.suggestions());
        picker = new SchemaSidePicker(document, contracts, samples, this);

        Region middle = new Region();
        middle.getStyleClass().add("canvas-middle");
        middle.setMinWidth(200);
        middle.setPrefWidth(220);
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox.setHgrow(target, Priority.ALWAYS);
        canvasArea = new HBox(source, middle, target);
        canvasArea.getStyleClass().add("canvas-area");
        StackPane canvas = new StackPane(canvasArea, layer);
        canvas.setId("mapping-canvas");

        TabPane details = new TabPane(new Tab("Findings", new FindingsPane(editor)),
                new Tab("Suggestions", suggestions), new Tab("Lookups", new LookupsPane(panes.lookups())));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setId("mapping-details");
        VBox left = new VBox(8, new ExpressionEditor(panes.expression()), details);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane bottom = new SplitPane(left, new PreviewPane(preview, samples, this::workspace));
        bottom.setDividerPositions(0.55);
        SplitPane main = new SplitPane(canvas, bottom);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.62);

        setTop(new VBox(toolbar(), new FunctionPalette(editor, layer, target), messageBar()));
        setCenter(main);
        bind(preview);
        installGestures();
        installKeys();
        editor.zoomProperty().addListener((observable, old, now) -> showZoom(now.doubleValue()));
    }

    private ToolBar toolbar() {
        Label title = new Label();
        title.setId("mapping-title");
        title.getStyleClass().add("mapping-title");
        title.textProperty().bind(document.titleBinding());
        Button create = button("mapping-new", null, StudioIcon.NEW, "New mapping in the workspace's mappings/ folder",
                this::createMapping);
        Button save = button("mapping-save", "Save", StudioIcon.SAVE, "Save to the workspace (Ctrl+S)", document::save);
        save.disableProperty().bind(editor.commands().dirtyProperty().not());
        Button undo = button("mapping-undo", null, StudioIcon.UNDO, "Undo (Ctrl+Z)", editor::undo);
        undo.disableProperty().bind(editor.commands().canUndoProperty().not());
        Button redo = button("mapping-redo", null, StudioIcon.REDO, "Redo (Ctrl+Shift+Z)", editor::redo);
        redo.disableProperty().bind(editor.commands().canRedoProperty().not());
        Button connect = button("mapping-connect", "Connect", StudioIcon.CONNECT,
                "Map the selected source field to the selected target field (Ctrl+Enter)", this::connect);
        Button unmap = button("mapping-unmap", "Unmap", StudioIcon.UNMAP,
                "Remove the selected target field's mapping (Delete)", this::unmapSelected);
        Button suggest = button("mapping-suggest", "Suggest", StudioIcon.SUGGEST,
                "Propose source → target pairs by name and type; nothing is mapped until accepted", this::suggest);
        Button zoomOut = button("zoom-out", null, StudioIcon.ZOOM_OUT, "Zoom out (Ctrl+-)", this::zoomOut);
        Button zoomIn = button("zoom-in", null, StudioIcon.ZOOM_IN, "Zoom in (Ctrl+=)", this::zoomIn);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(title, create, save, undo, redo, picker.button(Side.SOURCE), picker.button(Side.TARGET), connect,
                unmap, suggest, spacer, zoomOut, zoomIn);
    }

    private HBox messageBar() {
        Label info = new Label();
        info.setId("mapping-message");
        info.getStyleClass().add("mapping-message");
        info.textProperty().bind(document.messageProperty());
        Label error = new Label();
        error.setId("mapping-error");
        error.getStyleClass().add("mapping-error");
        error.setWrapText(true);
        error.textProperty().bind(document.errorProperty());
        Label refusal = new Label();
        refusal.setId("mapping-refusal");
        refusal.getStyleClass().add("mapping-refusal");
        refusal.textProperty().bind(editor.refusalProperty());
        HBox bar = new HBox(12, info, error, refusal);
        bar.getStyleClass().add("mapping-message-bar");
        return bar;
    }

    private void bind(PreviewViewModel preview) {
        editor.sourceRootProperty().addListener((observable, old, now) -> source.setRoot(now));
        editor.targetRootProperty().addListener((observable, old, now) -> target.setRoot(now));
        source.setRoot(editor.sourceRootProperty().get());
        target.setRoot(editor.targetRootProperty().get());
        source.tree().getSelectionModel().selectedItemProperty().addListener((observable, old, now) ->
                editor.selectedSourceProperty().set(now == null ? null : now.getValue()));
        target.tree().getSelectionModel().selectedItemProperty().addListener((observable, old, now) ->
                editor.selectedTargetProperty().set(now == null ? null : now.getValue()));
        editor.selectedTargetProperty().addListener((observable, old, now) -> {
            target.select(now);
            layer.selectTarget(now == null ? null : now.path());
        });
        Runnable decorate = () -> {
            source.decorationsUpdate(editor.lines(), editor.findings(), true);
            target.decorationsUpdate(editor.lines(), editor.findings(), false);
        };
        // The view model derives lines and findings in its own mapping listener, registered before this one.
        editor.mappingProperty().addListener((observable, old, now) -> decorate.run());
        preview.resultProperty().addListener((observable, old, now) -> {
            if (now != null) {
                target.previewUpdate(now.changed(), now.errorTarget());
            }
        });
        decorate.run();
    }

    private void installGestures() {
        addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            lastScreenX = event.getScreenX();
            lastScreenY = event.getScreenY();
        });
        DragGesture.install(source.tree(), layer, target, () -> {
            FieldNode dragged = editor.selectedSourceProperty().get();
            return dragged == null ? null : dropped -> drop(dragged, dropped);
        });
        source.tree().addEventFilter(MouseEvent.MOUSE_PRESSED, event ->
                source.fieldAt(event.getSceneX(), event.getSceneY()).ifPresent(field -> source.select(field)));
        canvasArea.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown()) {
                double zoom = editor.zoomProperty().get();
                editor.zoomTo(event.getDeltaY() > 0 ? zoom * 1.1 : zoom / 1.1);
                event.consume();
            }
        });
    }

    private void installKeys() {
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean shortcut = event.isShortcutDown();
            KeyCode code = event.getCode();
            if (shortcut && code == KeyCode.Z && event.isShiftDown() || shortcut && code == KeyCode.Y) {
                editor.redo();
            } else if (shortcut && code == KeyCode.Z) {
                editor.undo();
            } else if (shortcut && code == KeyCode.S) {
                document.save();
            } else if (shortcut && code == KeyCode.ENTER) {
                connect();
            } else if (shortcut && code == KeyCode.F) {
                findField();
            } else if (shortcut && (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD)) {
                zoomIn();
            } else if (shortcut && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
                zoomOut();
            } else if (shortcut && code == KeyCode.DIGIT0) {
                editor.zoomTo(1.0);
            } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && target.tree().isFocused()) {
                unmapSelected();
            } else {
                return;
            }
            event.consume();
        });
    }

    private void drop(FieldNode dragged, FieldNode onto) {
        editor.selectedTargetProperty().set(onto);
        if (editor.drop(dragged, onto) == MappingEditorViewModel.DropOutcome.NEEDS_CHOICE) {
            askReplaceOrCombine(dragged, onto, lastScreenX, lastScreenY);
        }
    }

    /** Where the target already has an expression: replace it, or combine both (the menu takes the keyboard too). */
    private void askReplaceOrCombine(FieldNode dragged, FieldNode onto, double screenX, double screenY) {
        MenuItem replace = new MenuItem("Replace the expression");
        replace.setId("drop-replace");
        replace.setOnAction(event -> editor.drop(dragged, onto, MappingEditorViewModel.DropChoice.REPLACE));
        MenuItem combine = new MenuItem("Combine (concat)");
        combine.setId("drop-combine");
        combine.setOnAction(event -> editor.drop(dragged, onto, MappingEditorViewModel.DropChoice.COMBINE));
        ContextMenu choice = new ContextMenu(replace, combine);
        choice.setId("drop-choice");
        choice.show(this, screenX, screenY);
        choice.getSkin().getNode().requestFocus();
    }

    private void createMapping() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog("new-mapping");
        ask.setTitle("New mapping");
        ask.setHeaderText("The new mapping's id (its file is mappings/<id>.mapping.json)");
        ask.initOwner(getScene().getWindow());
        ask.showAndWait().map(String::strip).filter(id -> id.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
                .ifPresent(document::createBesideCurrent);
    }

    /** Maps the selected source field onto the selected target field (Ctrl+Enter). */
    public void connect() {
        if (editor.connectSelected() == MappingEditorViewModel.DropOutcome.NEEDS_CHOICE) {
            // No pointer to show the question at: it opens over the target tree, where the selection is.
            javafx.geometry.Bounds tree = target.tree().localToScreen(target.tree().getBoundsInLocal());
            askReplaceOrCombine(editor.selectedSourceProperty().get(), editor.selectedTargetProperty().get(),
                    tree.getMinX() + tree.getWidth() / 3, tree.getMinY() + tree.getHeight() / 3);
        }
    }

    /** Removes the selected target field's mapping (Delete in the target tree). */
    public void unmapSelected() {
        FieldNode selected = editor.selectedTargetProperty().get();
        if (selected != null) {
            editor.unmap(selected.path());
        }
    }

    private void selectTarget(List<String> path) {
        FieldNode root = editor.targetRootProperty().get();
        if (root != null) {
            root.at(path).ifPresent(editor.selectedTargetProperty()::set);
        }
    }

    /** Draws the canvas at the view model's zoom. */
    private void showZoom(double zoom) {
        canvasArea.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * zoom));
        source.setCellSize(Math.round(BASE_ROW * zoom));
        target.setCellSize(Math.round(BASE_ROW * zoom));
        layer.requestLayout();
    }

    private static Button button(String id, String text, StudioIcon icon, String tip, Runnable action) {
        Button button = new Button(text, icon.create(16));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        // Read out by screen readers, for icon-only buttons above all.
        button.setAccessibleText(tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    /** Proposes mappings for the unmapped target fields, in the Suggestions tab. */
    public void suggest() {
        suggestions.refresh();
        ((TabPane) lookup("#mapping-details")).getSelectionModel().select(1);
    }

    public void zoomIn() {
        editor.zoomIn();
    }

    public void zoomOut() {
        editor.zoomOut();
    }

    /** Puts the caret in the filter of the focused tree (the source tree's when neither is focused). */
    public void findField() {
        (target.tree().isFocused() ? target : source).filter().requestFocus();
    }

    public LineLayer lineLayer() {
        return layer;
    }

    public FieldTreeView sourceTree() {
        return source;
    }

    public FieldTreeView targetTree() {
        return target;
    }

    public double zoom() {
        return editor.zoomProperty().get();
    }

    /** The workspace of the open mapping (the folder above its mappings/ folder), or null when it has no file yet. */
    private Path workspace() {
        Path file = document.fileProperty().get();
        if (file == null || file.toAbsolutePath().getParent() == null
                || file.toAbsolutePath().getParent().getParent() == null) {
            return null;
        }
        return file.toAbsolutePath().getParent().getParent();
    }
}
