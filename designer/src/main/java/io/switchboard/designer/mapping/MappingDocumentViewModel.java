package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.designer.mapping.files.SchemaChoice;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.SchemaResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The mapping as a file of the workspace: opening it, saving it to {@code mappings/}, and loading either side from a
 * contract's schema, a JSON Schema file or a sample. File work runs in the background; what went wrong is shown in
 * {@link #messageProperty()}.
 */
public final class MappingDocumentViewModel {

    /** Where a side's schema comes from. */
    public enum Side { SOURCE, TARGET }

    private final MappingEditorViewModel editor;
    private final MappingFiles files;
    private final Tasks tasks;
    private final io.switchboard.designer.mapping.files.SampleMatcher matcher;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public MappingDocumentViewModel(MappingEditorViewModel editor, MappingFiles files, Tasks tasks) {
        this.editor = editor;
        this.files = files;
        this.tasks = tasks;
        this.matcher = new io.switchboard.designer.mapping.files.SampleMatcher(files.codec());
    }

    public void open(Path mappingFile) {
        open(mappingFile, List.of(), sample -> { });
    }

    /**
     * Opens a mapping, then hands the sample among {@code samples} that looks most like its source to
     * {@code useSample}, as the preview's first input.
     */
    public void open(Path mappingFile, List<Path> samples, Consumer<Path> useSample) {
        tasks.run(() -> files.open(mappingFile), opened -> {
            editor.open(opened.mapping(), opened.source(), opened.target());
            editor.commands().clear();
            file.set(mappingFile);
            report(opened.problems().isEmpty() ? "Opened " + mappingFile.getFileName() : "",
                    String.join("; ", opened.problems()));
            if (!samples.isEmpty()) {
                tasks.run(() -> matcher.best(opened.source(), samples),
                        best -> best.ifPresent(useSample), this::failed);
            }
        }, this::failed);
    }

    /** Starts a new, empty mapping to be saved as {@code mappings/<id>.mapping.json} of the workspace. */
    public void create(Path workspace, String id) {
        Path target = workspace.resolve("mappings").resolve(id + ".mapping.json");
        editor.open(new Mapping(Mapping.FORMAT_VERSION, id, null, null, null, null, null, null),
                io.switchboard.flow.schema.FieldNode.unknownDocument(),
                io.switchboard.flow.schema.FieldNode.unknownDocument());
        editor.commands().clear();
        file.set(target);
        report("New mapping " + id + ": load a source and a target schema", "");
    }

    /** A new mapping in the same workspace as the one open now (or the current folder when none is). */
    public void createBesideCurrent(String id) {
        Path current = file.get();
        Path workspace = current == null || current.toAbsolutePath().getParent().getParent() == null
                ? Path.of("").toAbsolutePath() : current.toAbsolutePath().getParent().getParent();
        create(workspace, id);
    }

    public void save() {
        Path target = file.get();
        Mapping snapshot = editor.mappingProperty().get();
        if (target == null || snapshot == null) {
            return;
        }
        Object savePoint = editor.commands().savePoint();
        tasks.run(() -> {
            files.save(target, snapshot);
            return target;
        }, saved -> {
            editor.commands().markSaved(savePoint);
            report("Saved " + saved.getFileName(), "");
        }, this::failed);
    }

    /** The schemas a contract offers; handed to {@code choose} on the FX thread. */
    public void schemaChoices(Path contract, Consumer<List<SchemaChoice>> choose) {
        tasks.run(() -> files.choices(contract), choose, this::failed);
    }

    /** Loads a side from a schema in a contract or a JSON Schema file ({@code pointer} empty for its root). */
    public void useSchema(Side side, Path schemaFile, String pointer) {
        SchemaRef ref = SchemaRef.of(MappingFiles.relative(mappingFile(), schemaFile), pointer);
        load(side, ref, () -> files.side(mappingFile(), ref,
                new SchemaResolver(io.switchboard.flow.source.FileScope.ofWorkspace(mappingFile()))));
    }

    /** Loads a side from a sample payload, inferring its schema. */
    public void useSample(Side side, Path sample) {
        SchemaRef ref = new SchemaRef(null, null, MappingFiles.relative(mappingFile(), sample));
        load(side, ref, () -> files.sample(sample));
    }

    private void load(Side side, SchemaRef ref, java.util.concurrent.Callable<MappingFiles.Side> read) {
        tasks.run(read, loaded -> {
            if (loaded.problem().isPresent()) {
                report("", loaded.problem().get());
                return;
            }
            editor.changeSchema(side == Side.SOURCE, ref, loaded.tree());
            report("Loaded the " + side.name().toLowerCase() + " from " + ref.describe(), "");
        }, this::failed);
    }

    private Path mappingFile() {
        return file.get() == null ? Path.of("mappings", "untitled.mapping.json").toAbsolutePath() : file.get();
    }

    private void failed(Exception e) {
        report("", e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private void report(String info, String problem) {
        message.set(info);
        error.set(problem);
    }

    /** The editor's title: the mapping's name, with a dot while there are unsaved changes. */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> {
            Path current = file.get();
            String name = current == null ? "untitled" : current.getFileName().toString();
            return name + (editor.commands().dirtyProperty().get() ? " •" : "");
        }, file, editor.commands().dirtyProperty());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What the last file action did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What went wrong in the last file action, with the file and place; empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public MappingEditorViewModel editor() {
        return editor;
    }
}
