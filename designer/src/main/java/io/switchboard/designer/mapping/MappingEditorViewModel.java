package io.switchboard.designer.mapping;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.mapping.model.MappingFinding;
import io.switchboard.designer.mapping.model.MappingLine;
import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.model.Variable;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.text.Plural;
import io.switchboard.flow.validation.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mapping being edited, its source and target trees, and every edit the canvas, the keyboard and the
 * expression editor can make, each one a command on the {@link CommandManager}.
 */
public final class MappingEditorViewModel {

    /** What dropping onto a field that already has an expression does. */
    public enum DropChoice { REPLACE, COMBINE }

    public enum DropOutcome { MAPPED, NEEDS_CHOICE, REFUSED }

    private final CommandManager commands;
    private final ReadOnlyObjectWrapper<Mapping> mapping = new ReadOnlyObjectWrapper<>(this, "mapping");
    private static final double MIN_ZOOM = 0.6;
    private static final double MAX_ZOOM = 2.5;
    private static final double ZOOM_STEP = 1.15;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<FieldNode> sourceRoot = new ReadOnlyObjectWrapper<>(this, "sourceRoot");
    private final ReadOnlyObjectWrapper<FieldNode> targetRoot = new ReadOnlyObjectWrapper<>(this, "targetRoot");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ObjectProperty<FieldNode> selectedSource = new SimpleObjectProperty<>(this, "selectedSource");
    private final ObjectProperty<FieldNode> selectedTarget = new SimpleObjectProperty<>(this, "selectedTarget");
    private final ObservableList<MappingLine> lines = FXCollections.observableArrayList();
    private final ObservableList<MappingFinding> findings = FXCollections.observableArrayList();
    private final MappingValidator validator = new MappingValidator();
    private final LatestOnly validation;

    /** {@code tasks}: where the findings are worked out (expressions compiled, types compared), off the FX thread. */
    public MappingEditorViewModel(CommandManager commands, Tasks tasks) {
        this.commands = commands;
        this.validation = new LatestOnly(tasks, Duration.ZERO);
        // Trees are always set before the mapping (open, schema changes), so one refresh follows each change.
        mapping.addListener((observable, old, now) -> refreshDerived());
    }

    /**
     * Lines and findings follow the mapping's text: recomputed after every edit, undo and redo. Lines at once (they
     * come from the text alone); findings in the background, the latest mapping's only.
     */
    private void refreshDerived() {
        Mapping current = mapping.get();
        if (current == null) {
            lines.clear();
            validation.cancel();
            findings.clear();
            return;
        }
        lines.setAll(MappingLines.of(current));
        FieldNode source = sourceRoot.get();
        FieldNode target = targetRoot.get();
        if (source == null || target == null) {
            validation.cancel();
            findings.clear();
            return;
        }
        validation.now(() -> validator.validate(current, source, target), findings::setAll,
                failure -> findings.setAll(List.of(new MappingFinding(Severity.ERROR,
                        MappingFinding.Kind.INVALID_EXPRESSION, List.of(), "the mapping cannot be checked: "
                        + (failure.getMessage() == null ? failure : failure.getMessage())))));
    }

    /** Starts editing a mapping between two trees. Not an edit: it cannot be undone. */
    public void open(Mapping opened, FieldNode source, FieldNode target) {
        sourceRoot.set(source);
        targetRoot.set(target);
        if (mapping.get() == opened) {
            refreshDerived();
        } else {
            mapping.set(opened);
        }
        refusal.set("");
    }

    /** Connects the selected source field to the selected target field: the keyboard's way to draw a line. */
    public DropOutcome connectSelected() {
        if (selectedSource.get() == null || selectedTarget.get() == null) {
            return refuse("select a source field and a target field to connect");
        }
        return drop(selectedSource.get(), selectedTarget.get());
    }

    /** Puts a palette function on a target field, reading its current expression or the selected source field. */
    public boolean applyFunction(MappingFunction function, FieldNode target) {
        FunctionApplication.Outcome outcome = FunctionApplication.apply(function, mapping.get(), target,
                selectedSource.get(), targetRoot.get());
        if (outcome instanceof FunctionApplication.Refused refused) {
            refuse(refused.reason());
            return false;
        }
        change(((FunctionApplication.Applied) outcome).mapping(), "Apply " + function.label() + " to " + label(target));
        return true;
    }

    /**
     * Loads another schema on one side, as one edit: the mapping's reference and the tree change together, and
     * undo puts both back. Existing rules stay; findings show what no longer fits.
     */
    public void changeSchema(boolean sourceSide, SchemaRef ref, FieldNode tree) {
        Mapping before = mapping.get();
        Mapping after = new Mapping(before.version(), before.id(), before.description(),
                sourceSide ? ref : before.source(), sourceSide ? before.target() : ref, before.lookups(),
                before.variables(), before.rules());
        FieldNode oldTree = sourceSide ? sourceRoot.get() : targetRoot.get();
        ReadOnlyObjectWrapper<FieldNode> side = sourceSide ? sourceRoot : targetRoot;
        commands.execute(new io.switchboard.designer.command.Command() {
            @Override
            public void execute() {
                side.set(tree);
                mapping.set(after);
            }

            @Override
            public void undo() {
                side.set(oldTree);
                mapping.set(before);
            }

            @Override
            public String description() {
                return "Load " + (sourceSide ? "source" : "target") + " " + ref.describe();
            }
        });
    }

    /** Maps a source field onto a target field, as a drop on the canvas or the connect key does. */
    public DropOutcome drop(FieldNode source, FieldNode target) {
        Optional<FieldRule> existing = RuleTree.ruleAt(mapping.get(), target.path());
        if (!source.isArray() && existing.map(rule -> rule.expression() != null).orElse(false)) {
            return DropOutcome.NEEDS_CHOICE;
        }
        return drop(source, target, DropChoice.REPLACE);
    }

    public DropOutcome drop(FieldNode source, FieldNode target, DropChoice choice) {
        Mapping current = mapping.get();
        List<FieldRule> arrays = RuleTree.enclosingArrays(current, target.path());
        Optional<String> path = SourcePaths.expression(source.path(), arrays);
        if (path.isEmpty()) {
            return refuse(label(source) + " is outside the array item that " + label(target)
                    + " is mapped from; map a field of that item");
        }
        if (source.isArray() && target.isArray()) {
            change(RuleTree.withForEach(current, target.path(), path.get(), targetRoot.get()),
                    "Map each of " + label(source) + " to " + label(target));
            return DropOutcome.MAPPED;
        }
        if (source.isArray()) {
            return refuse(label(source) + " is an array and " + label(target) + " is a single "
                    + target.typeLabel() + ": map it onto an array, or use count or sum");
        }
        String expression = path.get();
        Optional<String> old = expressionOf(target.path());
        if (choice == DropChoice.COMBINE && old.isPresent()) {
            expression = Concatenation.append(old.get(), expression);
        }
        change(RuleTree.withExpression(current, target.path(), expression, targetRoot.get()),
                (choice == DropChoice.COMBINE && old.isPresent() ? "Combine " : "Map ") + label(source) + " to "
                        + label(target));
        return DropOutcome.MAPPED;
    }

    /**
     * Accepts the given proposals at or above a confidence, as one edit: arrays first, so fields inside them are
     * read relative to their item. Answers how many were mapped.
     */
    public int accept(List<MappingSuggestion> suggestions, double threshold) {
        Mapping before = mapping.get();
        Mapping after = before;
        int accepted = 0;
        List<MappingSuggestion> ordered = suggestions.stream().filter(s -> s.confidence() >= threshold)
                .sorted(java.util.Comparator.comparingInt(s -> s.target().path().size())).toList();
        for (MappingSuggestion suggestion : ordered) {
            Optional<String> path = SourcePaths.expression(suggestion.source().path(),
                    RuleTree.enclosingArrays(after, suggestion.target().path()));
            if (path.isEmpty() || RuleTree.ruleAt(after, suggestion.target().path()).isPresent()
                    && !suggestion.target().isArray()) {
                continue;
            }
            after = suggestion.target().isArray()
                    ? RuleTree.withForEach(after, suggestion.target().path(), path.get(), targetRoot.get())
                    : RuleTree.withExpression(after, suggestion.target().path(), path.get(), targetRoot.get());
            accepted++;
        }
        if (accepted > 0) {
            change(after, "Accept " + Plural.of(accepted, "suggested mapping"));
        }
        return accepted;
    }

    /** Removes a target field's mapping (its line, or its array mapping with everything inside). */
    public void unmap(List<String> targetPath) {
        if (RuleTree.ruleAt(mapping.get(), targetPath).isPresent()) {
            change(RuleTree.without(mapping.get(), targetPath), "Unmap " + String.join(".", targetPath));
        }
    }

    /** Sets a target field's expression as typed in the expression editor. */
    public void setExpression(List<String> targetPath, String expression) {
        if (expression == null || expression.isBlank()) {
            unmap(targetPath);
            return;
        }
        if (expressionOf(targetPath).filter(expression::equals).isEmpty()) {
            change(RuleTree.withExpression(mapping.get(), targetPath, expression.strip(), targetRoot.get()),
                    "Edit " + String.join(".", targetPath));
        }
    }

    /** Maps a target array item by item over a source path typed by hand. */
    public void setForEach(List<String> targetPath, String forEach) {
        change(RuleTree.withForEach(mapping.get(), targetPath, forEach.strip(), targetRoot.get()),
                "Map each of " + forEach.strip() + " to " + String.join(".", targetPath));
    }

    /** Adds or replaces a lookup table, usable in expressions as {@code $name}. */
    public void setLookup(String name, Map<String, String> table) {
        Mapping current = mapping.get();
        Map<String, Map<String, String>> lookups = new LinkedHashMap<>(current.lookups());
        lookups.put(name, new LinkedHashMap<>(table));
        change(new Mapping(current.version(), current.id(), current.description(), current.source(),
                current.target(), lookups, current.variables(), current.rules()), "Edit lookup " + name);
    }

    /** Adds or replaces a named intermediate value, usable in expressions as {@code $name}. */
    public void setVariable(String name, String expression) {
        Mapping current = mapping.get();
        List<Variable> variables = new ArrayList<>(current.variables());
        Variable variable = new Variable(name, expression);
        int index = indexOfVariable(variables, name);
        if (index < 0) {
            variables.add(variable);
        } else {
            variables.set(index, variable);
        }
        change(new Mapping(current.version(), current.id(), current.description(), current.source(),
                current.target(), current.lookups(), variables, current.rules()), "Edit variable $" + name);
    }

    public Optional<String> expressionOf(List<String> targetPath) {
        return RuleTree.ruleAt(mapping.get(), targetPath).map(FieldRule::expression);
    }

    public Optional<String> forEachOf(List<String> targetPath) {
        return RuleTree.ruleAt(mapping.get(), targetPath).map(FieldRule::forEach);
    }

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    private void change(Mapping after, String description) {
        refusal.set("");
        commands.execute(new MappingChange(mapping.get(), after, description, mapping::set));
    }

    private DropOutcome refuse(String why) {
        refusal.set(why);
        return DropOutcome.REFUSED;
    }

    private static int indexOfVariable(List<Variable> variables, String name) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String label(FieldNode field) {
        return field.path().isEmpty() ? "the document" : String.join(".", field.path());
    }

    /** How large the canvas is drawn: 1 is the normal size; kept between 0.6 and 2.5. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public void zoomTo(double level) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, level)));
    }

    public void zoomIn() {
        zoomTo(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        zoomTo(zoom.get() / ZOOM_STEP);
    }

    public ReadOnlyObjectProperty<Mapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldNode> sourceRootProperty() {
        return sourceRoot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldNode> targetRootProperty() {
        return targetRoot.getReadOnlyProperty();
    }

    /** Why the last drop was refused; empty after a successful edit. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ObjectProperty<FieldNode> selectedSourceProperty() {
        return selectedSource;
    }

    public ObjectProperty<FieldNode> selectedTargetProperty() {
        return selectedTarget;
    }

    /** The canvas's lines, derived from the expressions. */
    public ObservableList<MappingLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** What is wrong with the mapping now, recomputed after every edit. */
    public ObservableList<MappingFinding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    /** Selects the target field a finding is about, as clicking the finding does. */
    public void select(MappingFinding finding) {
        if (targetRoot.get() != null && !finding.targetPath().isEmpty()) {
            targetRoot.get().at(finding.targetPath()).ifPresent(selectedTarget::set);
        }
    }

    public CommandManager commands() {
        return commands;
    }
}
