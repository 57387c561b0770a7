package io.switchboard.designer.mapping;

import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.validation.ExpressionChecker;
import io.switchboard.flow.validation.ExpressionProblem;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The selected target field's expression as text: what the field holds, checked as it is typed (compiled in the
 * background, the latest text only), and applied as one edit of the mapping.
 */
public final class ExpressionViewModel {

    /** A check's answer, with the text it was made for: an answer for an older text is not shown on a newer one. */
    public record Check(String text, Optional<ExpressionProblem> problem) {
    }

    private final MappingEditorViewModel editor;
    private final LatestOnly checks;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyObjectWrapper<Check> check = new ReadOnlyObjectWrapper<>(this, "check",
            new Check("", Optional.empty()));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ExpressionViewModel(MappingEditorViewModel editor, Tasks tasks) {
        this.editor = editor;
        this.checks = new LatestOnly(tasks, Duration.ZERO);
        text.addListener((observable, old, now) -> check(now));
        editor.selectedTargetProperty().addListener((observable, old, now) -> show(now));
        editor.mappingProperty().addListener((observable, old, now) -> show(editor.selectedTargetProperty().get()));
        show(null);
    }

    private void show(FieldNode target) {
        boolean canEdit = target != null && !target.path().isEmpty();
        editable.set(canEdit);
        if (!canEdit) {
            title.set("Select a target field to see its expression");
            text.set("");
            return;
        }
        Optional<String> forEach = editor.forEachOf(target.path());
        title.set(forEach.isPresent()
                ? String.join(".", target.path()) + " — for each of " + forEach.get().strip()
                : "Expression for " + String.join(".", target.path()) + " (" + target.typeLabel() + ")");
        text.set(forEach.or(() -> editor.expressionOf(target.path())).orElse(""));
    }

    /** Makes the text the selected field's expression (or its "for each" path), as one edit. */
    public void apply() {
        FieldNode target = editor.selectedTargetProperty().get();
        if (target == null || target.path().isEmpty()) {
            return;
        }
        String typed = text.get();
        if (editor.forEachOf(target.path()).isPresent()) {
            if (!typed.isBlank()) {
                editor.setForEach(target.path(), typed);
            } else {
                editor.unmap(target.path());
            }
        } else {
            editor.setExpression(target.path(), typed);
        }
    }

    private void check(String typed) {
        if (typed == null || typed.isBlank()) {
            checks.cancel();
            shown(new Check(typed == null ? "" : typed, Optional.empty()));
            return;
        }
        Set<String> declared = declaredNames();
        checks.now(() -> new Check(typed, new ExpressionChecker(declared).problemIn(typed)), this::shown,
                failure -> shown(new Check(typed, Optional.empty())));
    }

    private void shown(Check result) {
        check.set(result);
        problem.set(result.problem().map(p -> (p.line() > 0 ? "Line " + p.line() + ", column " + p.column() + ": "
                : "") + p.message()).orElse(""));
    }

    private Set<String> declaredNames() {
        var mapping = editor.mappingProperty().get();
        Set<String> declared = new LinkedHashSet<>();
        if (mapping != null) {
            declared.addAll(mapping.lookups().keySet());
            mapping.variables().forEach(variable -> declared.add(variable.name()));
        }
        return declared;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The latest check, with the text it was made for. */
    public ReadOnlyObjectProperty<Check> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
