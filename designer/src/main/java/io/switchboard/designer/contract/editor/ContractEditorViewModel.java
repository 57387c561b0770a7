package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.edit.ContractFormatter;
import io.switchboard.contract.edit.EditException;
import io.switchboard.contract.edit.NewOperation;
import io.switchboard.contract.edit.NewProperty;
import io.switchboard.contract.edit.TextEdit;
import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.contract.refs.Reference;
import io.switchboard.contract.refs.ReferenceResolver;
import io.switchboard.contract.refs.ReferenceTarget;
import io.switchboard.designer.task.LatestOnly;
import io.switchboard.designer.task.Tasks;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.TextFiles;
import io.switchboard.flow.text.Plural;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contract editor's state. The view owns the text area and reports each edit here; this keeps a copy of the text,
 * and after a pause in typing analyses it on the background scheduler (parse, outline, validation, lint). Only the
 * latest analysis is shown: one for an older text is dropped. Changes this side makes to the text (format, the
 * forms) go back to the view as replacements, so they are undoable like typing.
 */
public final class ContractEditorViewModel {

    /** Replace characters {@code start..end} of the area's text; the view applies it as one undoable edit. */
    public record Replacement(int start, int end, String text) {
    }

    /** Where a jump leads: possibly another file. */
    public record Navigation(Path file, Location location) {
    }

    /** One place that uses a component. */
    public record Usage(Location location, String pointer) {
    }

    private final ContractAnalyzer analyzer;
    private final Tasks tasks;
    private final LatestOnly checks;
    private final AtomicLong version = new AtomicLong();
    private final StringBuilder text = new StringBuilder();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<String> loadedText = new ReadOnlyObjectWrapper<>(this, "loadedText");
    private final ReadOnlyObjectWrapper<Replacement> replacement = new ReadOnlyObjectWrapper<>(this, "replacement");
    private final ReadOnlyObjectWrapper<ContractAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<ContractFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<OutlineEntry> outline = FXCollections.observableArrayList();
    private final ObservableList<Usage> usages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper usagesTitle = new ReadOnlyStringWrapper(this, "usagesTitle", "");
    private final StringProperty outlineFilter = new SimpleStringProperty(this, "outlineFilter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No contract open");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Location> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private Location revealOnLoad;
    private final StringBinding title;
    private Consumer<Navigation> openElsewhere = navigation -> { };
    /** The text as it is on disk, to tell when undo has brought the editor back to it. */
    private String savedText = "";

    /** {@code pause}: how long typing must stop before the text is checked. */
    public ContractEditorViewModel(ContractAnalyzer analyzer, Tasks tasks, Duration pause) {
        this.analyzer = analyzer;
        this.tasks = tasks;
        this.checks = new LatestOnly(tasks, pause);
        title = Bindings.createStringBinding(() -> file.get() == null ? "Contracts"
                : file.get().getFileName() + (dirty.get() ? " •" : ""), file, dirty);
        outlineFilter.addListener((observable, old, now) -> showOutline());
    }

    /** Who opens another file when a reference leads there (the workbench, which knows the editors). */
    public void setOpenElsewhere(Consumer<Navigation> opener) {
        this.openElsewhere = opener;
    }

    public void open(Path path) {
        open(path, null);
    }

    /** Opens a file and, once it is shown, puts the caret at {@code location} (a jump from another file). */
    public void open(Path path, Location location) {
        revealOnLoad = location;
        error.set("");
        status.set("Opening " + path.getFileName() + "…");
        long ticket = version.incrementAndGet();
        checks.now(() -> {
            String content = TextFiles.read(path);
            tasks.onUi(() -> loaded(path, content, ticket));
            // Checked here, while the FX thread puts the text on screen: a large file takes a second for each.
            return analyzer.analyze(ticket, path, content, List.of());
        }, this::publish, failure -> failed("Cannot open " + path, failure));
    }

    private void loaded(Path path, String content, long ticket) {
        if (ticket != version.get()) {
            return;
        }
        file.set(path);
        text.setLength(0);
        text.append(content);
        savedText = content;
        dirty.set(false);
        usages.clear();
        usagesTitle.set("");
        loadedText.set(new String(content));
        if (revealOnLoad != null) {
            reveal.set(revealOnLoad);
            revealOnLoad = null;
        }
    }

    /** The view reports every change of the area's text. */
    public void edited(int position, int removedLength, String inserted) {
        text.replace(position, position + removedLength, inserted);
        // Compared only when the lengths agree: typing changes the length, so a 10 MB text is rarely compared.
        dirty.set(text.length() != savedText.length() || !savedText.contentEquals(text));
        analyze();
    }

    public String text() {
        return text.toString();
    }

    /**
     * Where {@code needle} next occurs from {@code from} (wrapping around the end), or -1; searches the text kept here
     * rather than copying the area's text for each search.
     */
    public int find(String needle, int from, boolean matchCase) {
        if (needle.isEmpty() || text.length() == 0) {
            return -1;
        }
        int start = Math.max(0, Math.min(from, text.length()));
        int found = indexOf(needle, start, text.length(), matchCase);
        return found >= 0 ? found : indexOf(needle, 0, start, matchCase);
    }

    /** Where each occurrence starts, in order. */
    public List<Integer> findAll(String needle, boolean matchCase) {
        List<Integer> all = new ArrayList<>();
        for (int at = indexOf(needle, 0, text.length(), matchCase); at >= 0 && !needle.isEmpty();
             at = indexOf(needle, at + needle.length(), text.length(), matchCase)) {
            all.add(at);
        }
        return all;
    }

    private int indexOf(String needle, int from, int to, boolean matchCase) {
        if (matchCase) {
            int at = text.indexOf(needle, from);
            return at >= 0 && at < to ? at : -1;
        }
        String lower = needle.toLowerCase(java.util.Locale.ROOT);
        for (int i = from; i <= to - needle.length() && i <= text.length() - needle.length(); i++) {
            boolean match = true;
            for (int j = 0; j < lower.length() && match; j++) {
                match = Character.toLowerCase(text.charAt(i + j)) == lower.charAt(j);
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces every occurrence as one edit (one undo brings them all back). */
    public int replaceAll(String needle, String with, boolean matchCase) {
        List<Integer> all = findAll(needle, matchCase);
        if (all.isEmpty()) {
            status.set("No occurrence of '" + needle + "'");
            return 0;
        }
        int start = all.get(0);
        int end = all.get(all.size() - 1) + needle.length();
        StringBuilder replaced = new StringBuilder();
        int position = start;
        for (int at : all) {
            replaced.append(text, position, at).append(with);
            position = at + needle.length();
        }
        replacement.set(new Replacement(start, end, replaced.toString()));
        status.set("Replaced " + Plural.of(all.size(), "occurrence"));
        return all.size();
    }

    private void analyze() {
        long ticket = version.incrementAndGet();
        Path current = file.get();
        if (current == null) {
            checks.cancel();
            return;
        }
        checks.request(() -> {
            // Taken when the pause is over, not on every keystroke: the text may be 10 MB.
            String snapshot = text.toString();
            List<OutlineEntry> lastOutline = analysis.get() == null ? List.of() : analysis.get().outline();
            return () -> analyzer.analyze(ticket, current, snapshot, lastOutline);
        }, this::publish, failure -> failed("Cannot check " + current.getFileName(), failure));
    }

    private void publish(ContractAnalysis result) {
        if (result.version() != version.get()) {
            return;
        }
        analysis.set(result);
        replaceIfChanged(findings, result.findings());
        showOutline();
        status.set(summary(result));
    }

    private void failed(String what, Exception failure) {
        error.set(what + ": " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
    }

    private static String summary(ContractAnalysis result) {
        long errors = result.findings().stream().filter(f -> f.severity() == FindingSeverity.ERROR).count();
        long warnings = result.findings().stream().filter(f -> f.severity() == FindingSeverity.WARN).count();
        long others = result.findings().size() - errors - warnings;
        String version = result.wellFormed() ? "OpenAPI " + result.document().version().label() + " · " : "";
        return version + "checked in " + result.millis() + " ms · " + Plural.of(errors, "error")
                + ", " + Plural.of(warnings, "warning") + (others > 0 ? ", " + others
                + " info" : "");
    }

    private void showOutline() {
        ContractAnalysis current = analysis.get();
        if (current == null) {
            outline.clear();
            return;
        }
        String filter = outlineFilter.get().trim();
        replaceIfChanged(outline, filter.isEmpty() ? current.outline() : current.outline().stream()
                .filter(entry -> entry.matches(filter)).map(entry -> entry.filtered(filter)).toList());
    }

    /**
     * Most pauses in typing change neither the findings nor the outline; leaving the lists alone then spares the
     * views a rebuild (GitHub's outline has thousands of entries) and keeps what the user expanded.
     */
    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> latest) {
        if (!shown.equals(latest)) {
            shown.setAll(latest);
        }
    }

    public void save() {
        Path target = file.get();
        if (target == null) {
            return;
        }
        String snapshot = text.toString();
        long savedVersion = version.get();
        tasks.run(() -> {
            Path temporary = target.resolveSibling(target.getFileName() + ".saving");
            Files.writeString(temporary, snapshot, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }, saved -> {
            if (version.get() == savedVersion) {
                savedText = snapshot;
                dirty.set(false);
            }
            status.set("Saved " + saved.getFileName());
        }, failure -> failed("Cannot save " + target, failure));
    }

    /** Re-indents the whole text (YAML keeps its comments); one undoable replacement. */
    public void format() {
        Path current = file.get();
        if (current == null) {
            return;
        }
        String snapshot = text.toString();
        long requested = version.get();
        tasks.run(() -> ContractFormatter.format(snapshot, ContractDocument.isYamlFile(current)), formatted -> {
            if (formatted.equals(snapshot)) {
                status.set("Already formatted");
            } else if (version.get() == requested) {
                replacement.set(new Replacement(0, snapshot.length(), formatted));
            }
        }, failure -> failed("Cannot format", failure));
    }

    public boolean addOperation(NewOperation operation) {
        return applyForm(document -> operation.edit(document));
    }

    public boolean addProperty(NewProperty property) {
        return applyForm(document -> property.edit(document));
    }

    private interface Form {
        TextEdit edit(ContractDocument document) throws EditException;
    }

    /** Forms edit the latest well-formed text; the result lands as one replacement. Runs on the FX thread. */
    private boolean applyForm(Form form) {
        ContractAnalysis current = analysis.get();
        // Each edit moves the version on: an analysis of the current version was made from the current text.
        if (current == null || !current.wellFormed() || current.version() != version.get()) {
            error.set("Wait for the contract to be checked (and fix its syntax) before using the form.");
            return false;
        }
        try {
            TextEdit edit = form.edit(current.document());
            error.set("");
            replacement.set(new Replacement(edit.start(), edit.end(), edit.text()));
            return true;
        } catch (EditException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /**
     * Follows the {@code $ref} at a place in the text; tells why when it cannot. A reference into this file is
     * answered at once. One into another file is followed on the background thread (the file is read there) and
     * handed to {@link #setOpenElsewhere the opener}; then nothing is returned.
     */
    public Optional<Navigation> definitionAt(int line, int column) {
        ContractAnalysis current = analysis.get();
        if (current == null || !current.wellFormed()) {
            return Optional.empty();
        }
        Optional<Reference> reference = referenceAt(current, line, column);
        if (reference.isEmpty()) {
            status.set("No $ref here");
            return Optional.empty();
        }
        ReferenceResolver resolver = new ReferenceResolver(current.document().source());
        if (!reference.get().isLocal()) {
            tasks.run(() -> resolver.resolveOrExplain(reference.get()),
                    result -> navigate(result).ifPresent(openElsewhere),
                    failure -> failed("Cannot follow " + reference.get().value(), failure));
            return Optional.empty();
        }
        return navigate(resolver.resolveOrExplain(reference.get()));
    }

    private Optional<Navigation> navigate(ReferenceResolver.Result result) {
        if (!result.resolved()) {
            error.set(result.problem());
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
        ContractAnalysis current = analysis.get();
        if (current == null || !current.wellFormed()) {
            return List.of();
        }
        String target = componentAt(current, line).orElseGet(() -> referenceAt(current, line, column)
                .filter(Reference::isLocal).map(Reference::pointer).orElse(null));
        if (target == null) {
            status.set("Put the caret on a component's name or a $ref to find its usages");
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

    /** Shows a problem found outside the editor (for example, an unusable ruleset) where the user looks. */
    public void showError(String message) {
        error.set(message);
    }

    public ReadOnlyObjectProperty<Location> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyObjectProperty<String> loadedTextProperty() {
        return loadedText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Replacement> replacementProperty() {
        return replacement.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContractAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ObservableList<ContractFinding> findings() {
        return findings;
    }

    public ObservableList<OutlineEntry> outline() {
        return outline;
    }

    public ObservableList<Usage> usages() {
        return usages;
    }

    public ReadOnlyStringProperty usagesTitleProperty() {
        return usagesTitle.getReadOnlyProperty();
    }

    public StringProperty outlineFilterProperty() {
        return outlineFilter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
