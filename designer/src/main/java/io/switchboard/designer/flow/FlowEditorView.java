package io.switchboard.designer.flow;

import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.MaskingRule;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.text.Plural;
import io.switchboard.flow.validation.Finding;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The flow editor: the pipeline, a property sheet for the selected source, step or target, one for the flow's
 * name, error policy and idempotency, the masking rules, the contract operation it implements, and its findings
 * (click one to select its step). A double-click on a map step opens its mapping.
 */
public final class FlowEditorView extends BorderPane {

    private final FlowEditorViewModel editor;
    private static final java.util.regex.Pattern STEP_POINTER = java.util.regex.Pattern.compile("^/steps/(\\d+)");

    private final ToolBar toolbar = new ToolBar();
    /** The contract operation, and the studio's deploy commands. */
    private final ToolBar contractBar = new ToolBar();
    private final PropertySheet selectedSheet = new PropertySheet();
    private final FlowProperties properties;
    private String shownShape = "";

    /** {@code openMapping}: the mapping file of a map step to open on the canvas. */
    public FlowEditorView(FlowEditorViewModel editor, Consumer<Path> openMapping) {
        this.editor = editor;
        this.properties = new FlowProperties(editor);
        setId("flow-editor");
        getStyleClass().add("flow-editor");
        Runnable openSelectedMapping = () -> editor.selectedMapping().ifPresent(openMapping);
        PipelineView pipeline = new PipelineView(editor, position -> openSelectedMapping.run());
        toolbar.getItems().addAll(buttons(openSelectedMapping));
        contractBar.getItems().addAll(new Label("Implements"), operationChoice());

        selectedSheet.setId("flow-step-properties");
        selectedSheet.setModeSwitcherVisible(false);
        selectedSheet.setSearchBoxVisible(false);
        selectedSheet.setMode(PropertySheet.Mode.CATEGORY);
        // The flow's own settings in three short sheets, each always open (an accordion would hide two of them).
        VBox flowSheets = new VBox(4);
        flowSheets.setId("flow-properties");
        java.util.Map<String, List<PropertySheet.Item>> byCategory = new java.util.LinkedHashMap<>();
        properties.flow().forEach(item -> byCategory.computeIfAbsent(item.getCategory(), c -> new ArrayList<>())
                .add(item));
        List<Runnable> fills = new ArrayList<>();
        byCategory.forEach((category, rows) -> {
            PropertySheet sheet = new PropertySheet();
            sheet.setId("flow-properties-" + category.toLowerCase().replace(' ', '-'));
            sheet.setModeSwitcherVisible(false);
            sheet.setSearchBoxVisible(false);
            sheet.setMode(PropertySheet.Mode.NAME);
            Label title = new Label(category);
            title.getStyleClass().add("sheet-title");
            flowSheets.getChildren().addAll(title, sheet);
            // The sheet's editors read their value when made: rows only once there is a flow to read.
            fills.add(() -> {
                boolean open = editor.flowProperty().get() != null;
                if (open != !sheet.getItems().isEmpty()) {
                    sheet.getItems().setAll(open ? rows : List.of());
                }
            });
        });
        editor.flowProperty().addListener((observable, old, now) -> fills.forEach(Runnable::run));
        javafx.scene.control.ScrollPane flowSheet = new javafx.scene.control.ScrollPane(flowSheets);
        flowSheet.setFitToWidth(true);
        Runnable follow = () -> {
            String shape = FlowProperties.shapeOf(editor.flowProperty().get(), editor.selectedProperty().get());
            if (!shape.equals(shownShape)) {
                shownShape = shape;
                selectedSheet.getItems().setAll(properties.selected(editor.flowProperty().get(),
                        editor.selectedProperty().get()));
            }
        };
        editor.flowProperty().addListener((observable, old, now) -> follow.run());
        editor.selectedProperty().addListener((observable, old, now) -> follow.run());
        follow.run();

        SplitPane sheets = new SplitPane(titled("Selected step", selectedSheet),
                titled("Flow · error policy · idempotency", flowSheet), titled("Masking", masking()));
        sheets.setDividerPositions(0.36, 0.72);
        SplitPane body = new SplitPane(sheets, findings());
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.8);
        VBox top = new VBox(toolbar, contractBar, pipeline, status());
        setTop(top);
        setCenter(body);
    }

    /** Where the studio adds its own commands (deploy, versions), after the contract operation. */
    public ObservableList<Node> toolbarItems() {
        return contractBar.getItems();
    }

    private List<Node> buttons(Runnable openSelectedMapping) {
        Button save = button("Save", StudioIcon.SAVE, "flow-save", editor::save);
        save.disableProperty().bind(Bindings.not(editor.commands().dirtyProperty()));
        Button undo = button("", StudioIcon.UNDO, "flow-undo", editor::undo);
        undo.disableProperty().bind(Bindings.not(editor.commands().canUndoProperty()));
        undo.setTooltip(new Tooltip("Undo"));
        undo.setAccessibleText("Undo");
        Button redo = button("", StudioIcon.REDO, "flow-redo", editor::redo);
        redo.disableProperty().bind(Bindings.not(editor.commands().canRedoProperty()));
        redo.setTooltip(new Tooltip("Redo"));
        redo.setAccessibleText("Redo");
        MenuButton add = new MenuButton("Add step", StudioIcon.ADD_STEP.create(16));
        add.setId("flow-add-step");
        add.getItems().addAll(
                item("Validate against a schema", () -> editor.addStep(new Step.Validate(validationSchema()))),
                item("Map with a mapping", () -> editor.addStep(new Step.Map("../mappings/"))),
                item("Filter by a condition", () -> editor.addStep(new Step.Filter("$[?(@)]"))));
        Button remove = button("Remove", StudioIcon.REMOVE, "flow-remove-step", editor::removeSelectedStep);
        Button earlier = button("", StudioIcon.MOVE_EARLIER, "flow-move-earlier", () -> editor.moveSelectedStep(-1));
        earlier.setTooltip(new Tooltip("Move the step earlier"));
        earlier.setAccessibleText("Move the step earlier");
        Button later = button("", StudioIcon.MOVE_LATER, "flow-move-later", () -> editor.moveSelectedStep(1));
        later.setTooltip(new Tooltip("Move the step later"));
        later.setAccessibleText("Move the step later");
        Button mapping = button("Open mapping", StudioIcon.MAPPING, "flow-open-mapping", openSelectedMapping);
        mapping.disableProperty().bind(Bindings.createBooleanBinding(() -> editor.selectedMapping().isEmpty(),
                editor.selectedProperty(), editor.flowProperty()));
        for (Node node : List.of(add, remove, earlier, later)) {
            node.disableProperty().bind(Bindings.isNull(editor.flowProperty()));
        }
        return List.of(save, undo, redo, new javafx.scene.control.Separator(), add, remove, earlier, later, mapping);
    }

    /** A new validate step checks what the implemented operation receives, when there is one. */
    private SchemaRef validationSchema() {
        return editor.implemented().filter(operation -> operation.requestSchema() != null)
                .map(operation -> SchemaRef.of(operation.contract(), operation.requestSchema()))
                .orElse(SchemaRef.of("../contracts/", ""));
    }

    private ComboBox<ContractOperation> operationChoice() {
        ComboBox<ContractOperation> choice = new ComboBox<>(editor.operations());
        choice.setId("flow-operation");
        choice.setPromptText("a contract operation…");
        Runnable show = () -> choice.setValue(editor.implemented().orElse(null));
        editor.flowProperty().addListener((observable, old, now) -> show.run());
        editor.operations().addListener((javafx.collections.ListChangeListener<ContractOperation>) c -> show.run());
        choice.setOnAction(event -> {
            ContractOperation chosen = choice.getValue();
            if (chosen != null && !chosen.equals(editor.implemented().orElse(null))) {
                editor.implement(chosen);
            }
        });
        return choice;
    }

    private Node masking() {
        ObservableList<String> paths = FXCollections.observableArrayList();
        Runnable show = () -> {
            Flow flow = editor.flowProperty().get();
            paths.setAll(flow == null ? List.of() : flow.masking().stream().map(MaskingRule::path).toList());
        };
        editor.flowProperty().addListener((observable, old, now) -> show.run());
        show.run();
        ListView<String> list = new ListView<>(paths);
        list.setId("flow-masking");
        list.setPlaceholder(new Label("Nothing masked: viewers see whole payloads."));
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField path = new TextField();
        path.setId("flow-masking-path");
        path.setPromptText("/customer/email (* for any index)");
        Runnable add = () -> {
            String text = path.getText().strip();
            if (!text.isEmpty()) {
                editor.edit("Mask " + text, flow -> {
                    List<MaskingRule> rules = new ArrayList<>(flow.masking());
                    rules.add(new MaskingRule(text));
                    return FlowChanges.masking(flow, rules);
                });
                path.clear();
            }
        };
        path.setOnAction(event -> add.run());
        Button addButton = button("Mask", StudioIcon.ADD_STEP, "flow-masking-add", add);
        Button removeButton = button("Unmask", StudioIcon.REMOVE, "flow-masking-remove", () -> {
            String chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                editor.edit("Unmask " + chosen, flow -> FlowChanges.masking(flow, flow.masking().stream()
                        .filter(rule -> !rule.path().equals(chosen)).toList()));
            }
        });
        Label help = new Label("Paths whose values viewers never see, in the monitor and its stream.");
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        return new VBox(6, help, list, path, new HBox(6, addButton, removeButton));
    }

    private Node findings() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = editor.findings().stream().filter(Finding::isError).count();
            return "Findings: " + Plural.of(errors, "error") + ", "
                    + Plural.of(editor.findings().size() - errors, "warning")
                    + (Boolean.TRUE.equals(editor.checkingProperty().get()) ? " · checking…" : "");
        }, editor.findings(), editor.checkingProperty()));
        ListView<Finding> list = new ListView<>(editor.findings());
        list.setId("flow-findings");
        list.setPlaceholder(new Label("No findings: the flow loads, and exports to Camel YAML as a deploy would."));
        list.setCellFactory(view -> new FindingCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                positionOf(now).ifPresent(editor.selectedProperty()::set);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(4, title, list);
        box.getStyleClass().add("findings-pane");
        return box;
    }

    /** The pipeline card a finding of the flow file is about. */
    private java.util.Optional<Integer> positionOf(Finding finding) {
        Flow flow = editor.flowProperty().get();
        Path file = editor.fileProperty().get();
        String pointer = finding.pointer();
        if (flow == null || pointer == null || file == null || !file.equals(finding.file())) {
            return java.util.Optional.empty();
        }
        if (pointer.startsWith("/source")) {
            return java.util.Optional.of(0);
        }
        if (pointer.startsWith("/target")) {
            return java.util.Optional.of(flow.steps().size() + 1);
        }
        java.util.regex.Matcher step = STEP_POINTER.matcher(pointer);
        return step.find() ? java.util.Optional.of(Integer.parseInt(step.group(1)) + 1) : java.util.Optional.empty();
    }

    private Node status() {
        Label message = new Label();
        message.setId("flow-message");
        message.textProperty().bind(editor.messageProperty());
        Label error = new Label();
        error.setId("flow-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(editor.errorProperty());
        HBox bar = new HBox(12, message, error);
        bar.getStyleClass().add("flow-status");
        return bar;
    }

    private static Node titled(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(4, label, content);
        box.getStyleClass().add("flow-section");
        return box;
    }

    private static Button button(String text, StudioIcon icon, String id, Runnable action) {
        Button button = new Button(text, icon.create(16));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().removeAll("finding-error", "finding-warning");
            if (empty || finding == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add(finding.isError() ? "finding-error" : "finding-warning");
            setGraphic((finding.isError() ? StudioIcon.ERROR : StudioIcon.WARNING).create(14));
            String place = (finding.file() == null ? "" : finding.file().getFileName().toString())
                    + (finding.location().isKnown() ? ":" + finding.location().line() + ":"
                    + finding.location().column() : "");
            setText(place + "  " + (finding.pointer() == null || finding.pointer().isEmpty() ? ""
                    : finding.displayPath() + " — ") + finding.message());
        }
    }
}
