package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractFinding;
import io.switchboard.fx.task.Tasks;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Contracts perspective's editor: toolbar, outline, text with gutter markers, and below it the problems and
 * usages. Keys: Ctrl+S save, Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+F find, Ctrl+Shift+F format, F12 go to
 * definition, Shift+F12 usages.
 */
public final class ContractEditorView extends BorderPane {

    private final ContractEditorViewModel viewModel;
    private final ContractCodeArea code;
    private final FindReplaceBar findBar;

    /** What the editor asks of the workbench around it: to compare the open contract. */
    public interface Comparisons {
        /** For an editor with nothing to compare with (a benchmark, a test of the editor alone). */
        Comparisons NONE = new Comparisons() {
            @Override
            public void withFile(Path other) {
            }

            @Override
            public void withLastCommit() {
            }
        };

        void withFile(Path other);

        void withLastCommit();
    }

    public ContractEditorView(ContractEditorViewModel viewModel, Tasks tasks, Comparisons comparisons) {
        this.viewModel = viewModel;
        getStyleClass().add("contract-editor");
        setId("contract-editor");
        code = new ContractCodeArea(viewModel, tasks);
        findBar = new FindReplaceBar(viewModel, code.area());

        OutlinePane outline = new OutlinePane(viewModel, entry -> code.goTo(entry.location()));
        ProblemsPane problems = new ProblemsPane(viewModel, this::jumpTo);
        UsagesPane usages = new UsagesPane(viewModel.navigation(), usage -> code.goTo(usage.location()));
        Tab problemsTab = new Tab("Problems", problems);
        problemsTab.setClosable(false);
        problemsTab.textProperty().bind(javafx.beans.binding.Bindings.size(viewModel.findings())
                .asString("Problems (%d)"));
        Tab usagesTab = new Tab("Usages", usages);
        usagesTab.setClosable(false);
        viewModel.navigation().usagesTitleProperty().addListener((observable, old, now) -> {
            if (!now.isEmpty()) {
                usagesTab.getTabPane().getSelectionModel().select(usagesTab);
            }
        });
        TabPane bottom = new TabPane(problemsTab, usagesTab);
        bottom.getStyleClass().add("contract-bottom");

        Label status = new Label();
        status.setId("contract-status");
        status.getStyleClass().add("editor-status");
        status.textProperty().bind(viewModel.statusProperty());
        VBox textColumn = new VBox(findBar, code, status);
        VBox.setVgrow(code, Priority.ALWAYS);
        SplitPane vertical = new SplitPane(textColumn, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.74);
        SplitPane horizontal = new SplitPane(outline, vertical);
        horizontal.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(outline, false);

        setTop(new VBox(toolbar(comparisons), errorBanner()));
        setCenter(horizontal);
        keys();
    }

    private ToolBar toolbar(Comparisons comparisons) {
        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(viewModel.titleBinding());
        return new ToolBar(title, new Separator(),
                button("", StudioIcon.OPEN, "Open a contract from anywhere", this::chooseAndOpen),
                button("", StudioIcon.SAVE, "Save (Ctrl+S)", viewModel::save),
                button("", StudioIcon.UNDO, "Undo (Ctrl+Z)", () -> code.area().undo()),
                button("", StudioIcon.REDO, "Redo (Ctrl+Shift+Z)", () -> code.area().redo()),
                new Separator(),
                button("", StudioIcon.FIND, "Find and replace (Ctrl+F)", findBar::show),
                button("", StudioIcon.FORMAT, "Format: re-indent the file (Ctrl+Shift+F)", viewModel::format),
                button("Operation", StudioIcon.ADD_OPERATION, "Add an operation", this::addOperation),
                button("Property", StudioIcon.ADD_PROPERTY, "Add a property to a schema", this::addProperty),
                new Separator(),
                button("", StudioIcon.GO_TO_DEFINITION, "Go to the $ref's definition (F12, Ctrl+click)",
                        code::goToDefinition),
                button("", StudioIcon.USAGES, "Find usages of the component (Shift+F12)", code::findUsages),
                new Separator(),
                button("Compare…", StudioIcon.COMPARE, "Compare with another version of the contract",
                        () -> chooseFile("Compare with").ifPresent(comparisons::withFile)),
                button("Last commit", StudioIcon.COMPARE, "Compare with the version in the last git commit",
                        comparisons::withLastCommit));
    }

    private Label errorBanner() {
        Label error = new Label();
        error.setId("contract-error");
        error.getStyleClass().add("error-banner");
        error.setGraphic(StudioIcon.ERROR.create(14));
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Button button(String text, StudioIcon icon, String tip, Runnable action) {
        Button button = new Button(text, icon.create(16));
        button.setTooltip(new Tooltip(tip));
        // Read out by screen readers, for icon-only buttons above all.
        button.setAccessibleText(tip);
        button.setOnAction(event -> action.run());
        button.setId("contract-" + (text.isEmpty() ? icon.name().toLowerCase() : text.toLowerCase()
                .replace("…", "").replace(' ', '-')));
        return button;
    }

    private void keys() {
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
                viewModel.save();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    .match(event)) {
                viewModel.format();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
                findBar.show();
                event.consume();
            }
        });
    }

    /** Opens find and replace over the text (Ctrl+F). */
    public void find() {
        findBar.show();
    }

    public void undo() {
        code.area().undo();
    }

    public void redo() {
        code.area().redo();
    }

    private void jumpTo(ContractFinding finding) {
        code.goTo(finding.location());
    }

    private void addOperation() {
        ContractForms.askOperation(getScene().getWindow()).ifPresent(viewModel.forms()::addOperation);
    }

    private void addProperty() {
        ContractForms.askProperty(getScene().getWindow(), viewModel.analysisProperty().get() == null
                ? java.util.List.of() : viewModel.analysisProperty().get().outline()).ifPresent(viewModel.forms()::addProperty);
    }

    private void chooseAndOpen() {
        chooseFile("Open a contract").ifPresent(viewModel::open);
    }

    private java.util.Optional<Path> chooseFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("OpenAPI (YAML, JSON)", "*.yaml", "*.yml",
                "*.json"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        java.io.File chosen = chooser.showOpenDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(chosen).map(java.io.File::toPath);
    }

    public ContractCodeArea code() {
        return code;
    }

    /** For the benchmark: called with System.nanoTime each time colours reach the screen. */
    public void onHighlightApplied(java.util.function.LongConsumer listener) {
        code.onHighlightApplied(listener);
    }
}
