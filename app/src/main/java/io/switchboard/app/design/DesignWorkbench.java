package io.switchboard.app.design;

import io.switchboard.app.shell.OpenDocument;
import io.switchboard.app.shell.UnsavedChanges;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.flow.FlowEditorView;
import io.switchboard.designer.flow.FlowEditorViewModel;
import io.switchboard.designer.flow.FlowFiles;
import io.switchboard.designer.mapping.MappingDocumentViewModel;
import io.switchboard.designer.mapping.MappingEditorView;
import io.switchboard.designer.mapping.MappingEditorViewModel;
import io.switchboard.designer.mapping.MappingDetails;
import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.designer.mapping.preview.PreviewComputation;
import io.switchboard.designer.mapping.preview.PreviewViewModel;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Wires the Design perspective: the mapping editor (its view models, the engine its preview runs) and the flow
 * editor, each in its tab, and the threads their file work and checks use. Part of the composition root.
 */
public final class DesignWorkbench {

    /** The pause after the last edit before the preview recomputes. */
    public static final Duration PREVIEW_DEBOUNCE = Duration.ofMillis(150);

    private final Workspace workspace;
    private final UnsavedChanges unsaved;
    private final MappingDocumentViewModel document;
    private final PreviewViewModel preview;
    private final MappingEditorView view;
    private final ObservableList<Path> samples;
    private final FlowEditorViewModel flow;
    private final FlowEditorView flowView;
    private final TabPane tabs;
    private final Tab mappingTab;
    private final Tab flowTab;

    public DesignWorkbench(Workspace workspace, Tasks tasks, UnsavedChanges unsaved) {
        this.workspace = workspace;
        this.unsaved = unsaved;
        PayloadCodec codec = new PayloadCodec();
        MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), tasks);
        document = new MappingDocumentViewModel(editor, new MappingFiles(codec), tasks);
        preview = new PreviewViewModel(editor.mappingProperty(), new PreviewComputation(new MappingEngine(codec)),
                codec, tasks, PREVIEW_DEBOUNCE);
        samples = FXCollections.observableArrayList(absolute(workspace.samples()));
        view = new MappingEditorView(document, preview, MappingDetails.of(editor, tasks),
                FXCollections.observableArrayList(absolute(workspace.contracts())),
                samples);
        flow = new FlowEditorViewModel(new FlowFiles(codec), tasks);
        flow.useContracts(absolute(workspace.contracts()));
        flowView = new FlowEditorView(flow, this::openFromFlow);
        mappingTab = new Tab("Mapping", view);
        mappingTab.setGraphic(StudioIcon.MAPPING.create(14));
        mappingTab.textProperty().bind(title("Mapping", document.fileProperty(), editor.commands().dirtyProperty()));
        flowTab = new Tab("Flow", flowView);
        flowTab.setGraphic(StudioIcon.FLOW.create(14));
        flowTab.textProperty().bind(title("Flow", flow.fileProperty(), flow.commands().dirtyProperty()));
        for (Tab tab : List.of(mappingTab, flowTab)) {
            tab.setClosable(false);
        }
        tabs = new TabPane(mappingTab, flowTab);
        tabs.setId("design-tabs");
    }

    /** The flow's map step was double-clicked: its mapping comes to the front, opened unless it is already. */
    private void openFromFlow(Path mapping) {
        tabs.getSelectionModel().select(mappingTab);
        if (!mapping.equals(document.fileProperty().get())) {
            unsaved.beforeLosing(List.of(document()), () -> open(mapping));
        }
    }

    /** "Mapping · order-to-invoice.mapping.json •" while it has unsaved edits. */
    private static javafx.beans.binding.StringBinding title(String kind,
                                                            javafx.beans.value.ObservableObjectValue<Path> file,
                                                            javafx.beans.value.ObservableBooleanValue dirty) {
        return Bindings.createStringBinding(() -> kind + (file.get() == null ? "" : " · " + file.get().getFileName())
                + (dirty.get() ? " •" : ""), file, dirty);
    }

    /** Opens the workspace's first mapping and first flow. */
    public void openFirst() {
        workspace.mappings().stream().findFirst().ifPresent(mapping -> open(workspace.root().resolve(mapping)));
        workspace.flows().stream().findFirst().ifPresent(first -> flow.open(workspace.root().resolve(first)));
    }

    /** Opens a mapping on the canvas, with the sample that fits its source best as the preview's input. */
    public void open(Path mappingFile) {
        tabs.getSelectionModel().select(mappingTab);
        document.open(mappingFile, samples, preview::useSample);
    }

    /** Opens a flow in the flow editor. */
    public void openFlow(Path flowFile) {
        tabs.getSelectionModel().select(flowTab);
        flow.open(flowFile);
    }

    /** Opens a mapping with a given text as the preview's input instead of a sample of the workspace. */
    public void openWithInput(Path mappingFile, String inputName, String input) {
        tabs.getSelectionModel().select(mappingTab);
        document.open(mappingFile, List.of(), sample -> { });
        preview.useInput(inputName, input);
    }

    public void create(String id) {
        document.create(workspace.root(), id);
    }

    /** The mapping open in the editor, for the question before its edits are lost. */
    public OpenDocument document() {
        return OpenDocument.of(document.fileProperty(), "The new mapping",
                document.editor().commands().dirtyProperty(), document::save, () -> {
                    Path file = document.fileProperty().get();
                    if (file != null) {
                        document.open(file);
                    }
                });
    }

    /** The flow open in the flow editor, for the question before its edits are lost. */
    public OpenDocument flowDocument() {
        return OpenDocument.of(flow.fileProperty(), "The flow", flow.commands().dirtyProperty(), flow::save,
                () -> {
                    Path file = flow.fileProperty().get();
                    if (file != null) {
                        flow.open(file);
                    }
                });
    }

    /** Both editors' documents. */
    public List<OpenDocument> documents() {
        return List.of(document(), flowDocument());
    }

    /** Whether the flow editor is the tab in front. */
    public boolean flowInFront() {
        return tabs.getSelectionModel().getSelectedItem() == flowTab;
    }

    public MappingEditorViewModel editor() {
        return document.editor();
    }

    public FlowEditorViewModel flowEditor() {
        return flow;
    }

    public FlowEditorView flowView() {
        return flowView;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    /** The mapping editor's view, for the menus' commands. */
    public MappingEditorView view() {
        return view;
    }

    /** What the Design perspective shows: the two editors' tabs. */
    public TabPane tabs() {
        return tabs;
    }

    private List<Path> absolute(List<Path> relative) {
        return relative.stream().map(path -> workspace.root().resolve(path)).toList();
    }
}
