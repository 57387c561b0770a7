package io.switchboard.designer.mapping;

import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.text.Plural;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Suggest mappings": computed in the background, cancellable, shown surest first as they are found. Accepting
 * proposals takes the accepted ones and those they settle out of the list; only the fields inside an array that was
 * just mapped are looked at again, never the whole tree.
 */
public final class SuggestionsViewModel {

    private final MappingEditorViewModel editor;
    private final Tasks tasks;
    private final LatestOnly computation;
    private final MappingSuggester suggester = new MappingSuggester();
    private final ObservableList<MappingSuggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** The cancel flag of the computation under way (set: nobody waits for it). */
    private AtomicBoolean current = new AtomicBoolean();
    private FieldNode indexedRoot;
    private SuggestionIndex index;

    public SuggestionsViewModel(MappingEditorViewModel editor, Tasks tasks) {
        this.editor = editor;
        this.tasks = tasks;
        this.computation = new LatestOnly(tasks, Duration.ZERO);
        editor.sourceRootProperty().addListener((observable, old, now) -> cancel());
        editor.targetRootProperty().addListener((observable, old, now) -> cancel());
    }

    /** Proposals for every unmapped target field, replacing those shown. */
    public void refresh() {
        FieldNode target = editor.targetRootProperty().get();
        if (editor.sourceRootProperty().get() == null || target == null) {
            return;
        }
        suggestions.clear();
        compute(target, List.of());
    }

    /** Stops a computation under way; what was found so far stays. */
    public void cancel() {
        current.set(true);
        computation.cancel();
        busy.set(false);
    }

    /** Maps the proposals at or above {@code threshold}, as one edit. Answers how many were mapped. */
    public int accept(List<MappingSuggestion> chosen, double threshold) {
        // What is shown is what is accepted: a computation still under way stops here.
        cancel();
        int accepted = editor.accept(List.copyOf(chosen), threshold);
        Mapping now = editor.mappingProperty().get();
        List<MappingSuggestion> kept = new ArrayList<>();
        List<FieldNode> newlyMappedArrays = new ArrayList<>();
        for (MappingSuggestion suggestion : suggestions) {
            if (!RuleTree.isMapped(RuleTree.ruleAt(now, suggestion.target().path()))) {
                kept.add(suggestion);
            } else if (suggestion.target().isArray()) {
                newlyMappedArrays.add(suggestion.target());
            }
        }
        // Fields inside a newly mapped array now read from its item: their proposals are made again.
        kept.removeIf(suggestion -> newlyMappedArrays.stream().anyMatch(array -> inside(suggestion, array)));
        suggestions.setAll(kept);
        for (FieldNode array : newlyMappedArrays) {
            compute(array, List.copyOf(suggestions));
        }
        status.set(accepted + " mapped · " + Plural.of(suggestions.size(), "proposal")
                + " left");
        return accepted;
    }

    private static boolean inside(MappingSuggestion suggestion, FieldNode array) {
        List<String> path = suggestion.target().path();
        return path.size() > array.path().size() && path.subList(0, array.path().size()).equals(array.path());
    }

    /** Looks at the fields under {@code target}; {@code kept} are shown alongside what it finds. */
    private void compute(FieldNode target, List<MappingSuggestion> kept) {
        current.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        current = cancelled;
        Mapping mapping = editor.mappingProperty().get();
        FieldNode source = editor.sourceRootProperty().get();
        SuggestionIndex known = source == indexedRoot ? index : null;
        long start = System.nanoTime();
        busy.set(true);
        status.set("Looking for proposals…");
        computation.now(() -> {
            SuggestionIndex sources = known != null ? known : new SuggestionIndex(source, MappingSuggester.MAX_DEPTH);
            List<MappingSuggestion> found = suggester.suggest(mapping, sources, target, cancelled::get,
                    sofar -> tasks.onUi(() -> showProgress(cancelled, kept, sofar)));
            return new Found(source, sources, found);
        }, found -> {
            indexedRoot = found.root();
            index = found.index();
            show(kept, found.suggestions());
            busy.set(false);
            status.set(String.format(Locale.ROOT, "%s in %.0f ms", Plural.of(suggestions.size(), "proposal"),
                    (System.nanoTime() - start) / 1e6));
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof CancellationException)) {
                status.set("Cannot suggest: " + (failure.getMessage() == null ? failure : failure.getMessage()));
            }
        });
    }

    private record Found(FieldNode root, SuggestionIndex index, List<MappingSuggestion> suggestions) {
    }

    private void showProgress(AtomicBoolean cancelled, List<MappingSuggestion> kept, List<MappingSuggestion> sofar) {
        if (cancelled == current && !cancelled.get()) {
            show(kept, sofar);
            status.set("Looking for proposals… " + suggestions.size() + " so far");
        }
    }

    private void show(List<MappingSuggestion> kept, List<MappingSuggestion> found) {
        List<MappingSuggestion> all = new ArrayList<>(kept);
        all.addAll(found);
        all.sort(MappingSuggester.SUREST_FIRST);
        suggestions.setAll(all);
    }

    public ObservableList<MappingSuggestion> suggestions() {
        return suggestions;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
