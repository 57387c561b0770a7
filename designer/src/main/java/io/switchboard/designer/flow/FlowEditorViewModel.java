package io.switchboard.designer.flow;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.validation.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow editor's state: the flow open (a value; every edit is an undoable command that replaces it), the step
 * selected in the pipeline, the findings of the latest check (format, meaning and the export, as a deploy would
 * see them) and the contract operations the flow may implement. File work and checks run in the background.
 *
 * <p>Positions in the pipeline: 0 is the source, 1…n the steps, n + 1 the target.
 */
public final class FlowEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FlowEditorViewModel.class);
    /** The pause after the last edit before the flow is checked again. */
    public static final Duration CHECK_DEBOUNCE = Duration.ofMillis(300);

    private final FlowFiles files;
    private final Tasks tasks;
    private final CommandManager commands = new CommandManager();
    private final LatestOnly checks;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Flow> flow = new ReadOnlyObjectWrapper<>(this, "flow");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", 0);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<ContractOperation> operations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Boolean> checking = new ReadOnlyObjectWrapper<>(this, "checking", false);
    private List<Path> contracts = List.of();

    public FlowEditorViewModel(FlowFiles files, Tasks tasks) {
        this.files = files;
        this.tasks = tasks;
        this.checks = new LatestOnly(tasks, CHECK_DEBOUNCE);
        flow.addListener((observable, old, now) -> check());
    }

    /** The workspace's contracts, whose operations a flow may implement. */
    public void useContracts(List<Path> contractFiles) {
        contracts = List.copyOf(contractFiles);
        loadOperations();
    }

    public void open(Path flowFile) {
        tasks.run(() -> files.open(flowFile), opened -> {
            file.set(flowFile);
            selected.set(0);
            flow.set(opened);
            commands.clear();
            report("Opened " + flowFile.getFileName(), "");
            loadOperations();
        }, this::failed);
    }

    public void save() {
        Path target = file.get();
        Flow snapshot = flow.get();
        if (target == null || snapshot == null) {
            return;
        }
        Object savePoint = commands.savePoint();
        tasks.run(() -> {
            files.save(target, snapshot);
            return target;
        }, saved -> {
            commands.markSaved(savePoint);
            report("Saved " + saved.getFileName(), "");
        }, this::failed);
    }

    /** Applies an edit to the open flow as one undoable command. */
    public void edit(String description, UnaryOperator<Flow> change) {
        Flow before = flow.get();
        if (before == null) {
            return;
        }
        Flow after = change.apply(before);
        if (!after.equals(before)) {
            commands.execute(new FlowEdit(description, before, after, flow::set));
        }
    }

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    /** Inserts a step after the selected position and selects it. */
    public void addStep(Step step) {
        int at = Math.min(Math.max(selected.get(), 0), stepCount());
        edit("Add a " + StepKinds.name(step) + " step", current -> FlowChanges.insertStep(current, at, step));
        selected.set(at + 1);
    }

    /** Removes the selected step; the source and the target stay. */
    public void removeSelectedStep() {
        int index = selected.get() - 1;
        if (index < 0 || index >= stepCount()) {
            return;
        }
        edit("Remove the " + StepKinds.name(flow.get().steps().get(index)) + " step",
                current -> FlowChanges.removeStep(current, index));
        selected.set(Math.min(selected.get(), stepCount() + 1));
    }

    /** Moves the selected step one place earlier (-1) or later (+1). */
    public void moveSelectedStep(int by) {
        int index = selected.get() - 1;
        int to = index + by;
        if (index < 0 || index >= stepCount() || to < 0 || to >= stepCount()) {
            return;
        }
        edit("Move a step", current -> {
            List<Step> steps = new ArrayList<>(current.steps());
            steps.add(to, steps.remove(index));
            return FlowChanges.steps(current, steps);
        });
        selected.set(to + 1);
    }

    /**
     * Makes the flow implement a contract operation: it is received at the operation's path and method, and its
     * request body is validated against the operation's schema (the first validate step, or a new one first).
     */
    public void implement(ContractOperation operation) {
        edit("Implement " + operation.label(), current -> {
            Flow received = FlowChanges.source(current, new FlowSource.Http(operation.path(), operation.method()));
            if (operation.requestSchema() == null) {
                return received;
            }
            Step.Validate validate = new Step.Validate(SchemaRef.of(operation.contract(), operation.requestSchema()));
            for (int i = 0; i < received.steps().size(); i++) {
                if (received.steps().get(i) instanceof Step.Validate) {
                    return FlowChanges.step(received, i, validate);
                }
            }
            return FlowChanges.insertStep(received, 0, validate);
        });
    }

    /** The operation the flow implements now: the one received at its source's path and method. */
    public Optional<ContractOperation> implemented() {
        Flow current = flow.get();
        if (current == null || !(current.source() instanceof FlowSource.Http http)) {
            return Optional.empty();
        }
        return operations.stream().filter(operation -> operation.path().equals(http.path())
                && operation.method().equalsIgnoreCase(http.method())).findFirst();
    }

    /** The mapping file of the selected map step, resolved from the flow's folder. */
    public Optional<Path> selectedMapping() {
        int index = selected.get() - 1;
        Flow current = flow.get();
        if (current == null || file.get() == null || index < 0 || index >= stepCount()
                || !(current.steps().get(index) instanceof Step.Map map) || map.mapping() == null) {
            return Optional.empty();
        }
        return Optional.of(file.get().toAbsolutePath().getParent().resolve(map.mapping()).normalize());
    }

    /**
     * Creates a flow and its mapping skeleton from an operation ({@link FlowFiles#createFromOperation}) and opens
     * it; {@code created} hears the new flow's file.
     */
    public void createFromOperation(Path workspace, String id, ContractOperation operation, Path targetContract,
                                    String targetPointer, java.util.function.Consumer<Path> created) {
        tasks.run(() -> files.createFromOperation(workspace, id, operation, targetContract, targetPointer),
                flowFile -> {
                    open(flowFile);
                    created.accept(flowFile);
                }, this::failed);
    }

    /** The operations offered to a new flow: named as a file in {@code flows/} of the workspace refers to them. */
    public void operationsFor(Path workspace, java.util.function.Consumer<List<ContractOperation>> offer) {
        List<Path> known = contracts;
        tasks.run(() -> files.operations(workspace.resolve("flows").resolve("new.flow.json"), known), offer,
                this::failed);
    }

    private void loadOperations() {
        Path current = file.get();
        if (current == null) {
            return;
        }
        List<Path> known = contracts;
        tasks.run(() -> files.operations(current, known), operations::setAll, this::failed);
    }

    private void check() {
        checks.request(() -> {
            Path target = file.get();
            Flow snapshot = flow.get();
            if (target == null || snapshot == null) {
                return null;
            }
            checking.set(true);
            return () -> files.check(target, snapshot);
        }, found -> {
            checking.set(false);
            findings.setAll(found);
        }, failure -> {
            checking.set(false);
            failed(failure);
        });
    }

    private int stepCount() {
        return flow.get() == null ? 0 : flow.get().steps().size();
    }

    private void failed(Exception failure) {
        LOG.error("Flow editor: {}", failure.getMessage(), failure);
        report("", failure.getMessage());
    }

    private void report(String info, String problem) {
        message.set(info);
        error.set(problem);
    }

    public CommandManager commands() {
        return commands;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Flow> flowProperty() {
        return flow.getReadOnlyProperty();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<ContractOperation> operations() {
        return operations;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
