package io.switchboard.app.design;

import io.switchboard.app.shell.OpenDocument;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.designer.command.CommandManager;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Wires the Design perspective's mapping editor: its view models, the engine its preview runs, and the threads its
 * file work and preview use. Part of the composition root.
 */
public final class DesignWorkbench {

    /** The pause after the last edit before the preview recomputes. */
    public static final Duration PREVIEW_DEBOUNCE = Duration.ofMillis(150);

    private final Workspace workspace;
    private final MappingDocumentViewModel document;
    private final PreviewViewModel preview;
    private final MappingEditorView view;
    private final ObservableList<Path> samples;

    public DesignWorkbench(Workspace workspace, Tasks tasks) {
        this.workspace = workspace;
        PayloadCodec codec = new PayloadCodec();
        MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), tasks);
        document = new MappingDocumentViewModel(editor, new MappingFiles(codec), tasks);
        preview = new PreviewViewModel(editor.mappingProperty(), new PreviewComputation(new MappingEngine(codec)),
                codec, tasks, PREVIEW_DEBOUNCE);
        samples = FXCollections.observableArrayList(absolute(workspace.samples()));
        view = new MappingEditorView(document, preview, MappingDetails.of(editor, tasks),
                FXCollections.observableArrayList(absolute(workspace.contracts())),
                samples);
    }

    /** Opens the workspace's first mapping, with the sample that fits its source best as the preview's input. */
    public void openFirst() {
        workspace.mappings().stream().findFirst().ifPresent(mapping -> open(workspace.root().resolve(mapping)));
    }

    public void open(Path mappingFile) {
        document.open(mappingFile, samples, preview::useSample);
    }

    /** Opens a mapping with a given text as the preview's input instead of a sample of the workspace. */
    public void openWithInput(Path mappingFile, String inputName, String input) {
        document.open(mappingFile, List.of(), sample -> { });
        preview.useInput(inputName, input);
    }

    public void create(String id) {
        document.create(workspace.root(), id);
    }

    /** The mapping open in the editor, for the question before its edits are lost. */
    public OpenDocument document() {
        return OpenDocument.of(document.fileProperty()::get, "The new mapping",
                document.editor().commands().dirtyProperty(), document::save);
    }

    public MappingEditorViewModel editor() {
        return document.editor();
    }

    public MappingEditorView view() {
        return view;
    }

    private List<Path> absolute(List<Path> relative) {
        return relative.stream().map(path -> workspace.root().resolve(path)).toList();
    }
}
