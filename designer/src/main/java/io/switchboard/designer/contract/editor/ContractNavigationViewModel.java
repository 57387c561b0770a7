package io.switchboard.designer.contract.editor;

import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.contract.refs.Reference;
import io.switchboard.contract.refs.ReferenceResolver;
import io.switchboard.contract.refs.ReferenceTarget;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.text.Plural;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Following references: a {@code $ref} to its definition (here or in another file), a component to its usages. */
public final class ContractNavigationViewModel {

    /** Where a jump leads: possibly another file. */
    public record Navigation(Path file, Location location) {
    }

    /** One place that uses a component. */
    public record Usage(Location location, String pointer) {
    }

    private final ContractEditorViewModel editor;
    private final Tasks tasks;
    private final ObservableList<Usage> usages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper usagesTitle = new ReadOnlyStringWrapper(this, "usagesTitle", "");
    private Consumer<Navigation> openElsewhere = navigation -> { };

    ContractNavigationViewModel(ContractEditorViewModel editor, Tasks tasks) {
        this.editor = editor;
        this.tasks = tasks;
    }

    /** Who opens another file when a reference leads there (the workbench, which knows the editors). */
    public void setOpenElsewhere(Consumer<Navigation> opener) {
        this.openElsewhere = opener;
    }

    /**
     * Follows the {@code $ref} at a place in the text; tells why when it cannot. A reference into this file is
     * answered at once. One into another file is followed in the background (the file is read there) and handed to
     * {@link #setOpenElsewhere the opener}; then nothing is returned.
     */
    public Optional<Navigation> definitionAt(int line, int column) {
        ContractAnalysis current = editor.analysisProperty().get();
        if (current == null || !current.wellFormed()) {
            return Optional.empty();
        }
        Optional<Reference> reference = referenceAt(current, line, column);
        if (reference.isEmpty()) {
            editor.showStatus("No $ref here");
            return Optional.empty();
        }
        ReferenceResolver resolver = new ReferenceResolver(current.document().source());
        if (!reference.get().isLocal()) {
            tasks.run(() -> resolver.resolveOrExplain(reference.get()),
                    result -> navigate(result).ifPresent(openElsewhere),
                    failure -> editor.reportFailure("Cannot follow " + reference.get().value(), failure));
            return Optional.empty();
        }
        return navigate(resolver.resolveOrExplain(reference.get()));
    }

    private Optional<Navigation> navigate(ReferenceResolver.Result result) {
        if (!result.resolved()) {
            editor.showError(result.problem());
            return Optional.empty();
        }
        ReferenceTarget target = result.target();
        return Optional.of(new Navigation(target.file(), target.location()));
    }

    private static Optional<Reference> referenceAt(ContractAnalysis current, int line, int column) {
        Reference best = null;
        for (Reference reference : current.references().all()) {
            Location key = current.document().locateKey(reference.at());
            if (key.line() == line && key.column() <= column) {
                best = reference;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Lists the places that use the component whose name is at this place (or that the {@code $ref} at this place
     * points to).
     */
    public List<Usage> usagesAt(int line, int column) {
        ContractAnalysis current = editor.analysisProperty().get();
        if (current == null || !current.wellFormed()) {
            return List.of();
        }
        String target = componentAt(current, line).orElseGet(() -> referenceAt(current, line, column)
                .filter(Reference::isLocal).map(Reference::pointer).orElse(null));
        if (target == null) {
            editor.showStatus("Put the caret on a component's name or a $ref to find its usages");
            return List.of();
        }
        List<Usage> found = new ArrayList<>();
        for (Reference reference : current.references().usagesOf(target)) {
            found.add(new Usage(current.document().locateKey(reference.at()), reference.at()));
        }
        usages.setAll(found);
        usagesTitle.set(Plural.of(found.size(), "usage") + " of #" + target);
        return found;
    }

    private static Optional<String> componentAt(ContractAnalysis current, int line) {
        for (OutlineEntry section : current.outline()) {
            for (OutlineEntry group : section.children()) {
                for (OutlineEntry component : group.children()) {
                    if (component.kind() == OutlineEntry.Kind.COMPONENT && component.location().line() == line) {
                        return Optional.of(component.pointer());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A newly opened file has no usages listed. */
    void forgetUsages() {
        usages.clear();
        usagesTitle.set("");
    }

    public ObservableList<Usage> usages() {
        return usages;
    }

    public ReadOnlyStringProperty usagesTitleProperty() {
        return usagesTitle.getReadOnlyProperty();
    }
}
