package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.edit.ContractFormatter;
import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.TextFiles;
import io.switchboard.flow.text.Plural;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.reactfx.EventSource;
import org.reactfx.EventStream;

/**
 * The contract editor's state. The view owns the text area and reports each edit here; this keeps a copy of the text,
 * and after a pause in typing analyses it on the background scheduler (parse, outline, validation, lint). Only the
 * latest analysis is shown: one for an older text is dropped. Changes this side makes to the text (format, the
 * forms, replace all) go back to the view as replacements, so they are undoable like typing. Finding, following
 * references and the forms are jobs of their own ({@link #search()}, {@link #navigation()}, {@link #forms()}).
 */
public final class ContractEditorViewModel {

    /** Replace characters {@code start..end} of the area's text; the view applies it as one undoable edit. */
    public record Replacement(int start, int end, String text) {
    }

    private final ContractAnalyzer analyzer;
    private final Tasks tasks;
    private final LatestOnly checks;
    private final AtomicLong version = new AtomicLong();
    private final StringBuilder text = new StringBuilder();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    /** One-shot happenings for the view: a text to show, a change to make to it, a place to show. */
    private final EventSource<String> loadedTexts = new EventSource<>();
    private final EventSource<Replacement> replacements = new EventSource<>();
    private final EventSource<Location> reveals = new EventSource<>();
    private final ReadOnlyObjectWrapper<ContractAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<ContractFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<OutlineEntry> outline = FXCollections.observableArrayList();
    private final StringProperty outlineFilter = new SimpleStringProperty(this, "outlineFilter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No contract open");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Location revealOnLoad;
    private final StringBinding title;
    private final FindReplaceViewModel search;
    private final ContractNavigationViewModel navigation;
    private final ContractFormsViewModel forms;
    /** The text as it is on disk, to tell when undo has brought the editor back to it. */
    private String savedText = "";

    /** {@code pause}: how long typing must stop before the text is checked. */
    public ContractEditorViewModel(ContractAnalyzer analyzer, Tasks tasks, Duration pause) {
        this.analyzer = analyzer;
        this.tasks = tasks;
        this.checks = new LatestOnly(tasks, pause);
        this.search = new FindReplaceViewModel(this, text);
        this.navigation = new ContractNavigationViewModel(this, tasks);
        this.forms = new ContractFormsViewModel(this);
        title = Bindings.createStringBinding(() -> file.get() == null ? "Contracts"
                : file.get().getFileName() + (dirty.get() ? " •" : ""), file, dirty);
        outlineFilter.addListener((observable, old, now) -> showOutline());
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
        navigation.forgetUsages();
        loadedTexts.push(content);
        if (revealOnLoad != null) {
            reveals.push(revealOnLoad);
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
                replacements.push(new Replacement(0, snapshot.length(), formatted));
            }
        }, failure -> failed("Cannot format", failure));
    }

    /** Shows a problem found outside the editor (for example, an unusable ruleset) where the user looks. */
    public void showError(String message) {
        error.set(message);
    }

    /** Places to show (a jump from another file lands here once the file is open). */
    public EventStream<Location> reveals() {
        return reveals;
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

    /** Each text opened, to be shown whole (the same text again is shown again). */
    public EventStream<String> loadedTexts() {
        return loadedTexts;
    }

    /** Changes this side asks the text to take, each as one undoable edit. */
    public EventStream<Replacement> replacements() {
        return replacements;
    }

    /** Finding, following references and the forms: the editor's other jobs, each on its own. */
    public FindReplaceViewModel search() {
        return search;
    }

    public ContractNavigationViewModel navigation() {
        return navigation;
    }

    public ContractFormsViewModel forms() {
        return forms;
    }

    /** For the other jobs: a change to the text, to be made by the view as one undoable edit. */
    void propose(Replacement change) {
        replacements.push(change);
    }

    void showStatus(String message) {
        status.set(message);
    }

    /** Whether {@code result} was made from the text as it is now (each edit moves the version on). */
    boolean isCurrent(ContractAnalysis result) {
        return result != null && result.version() == version.get();
    }

    void reportFailure(String what, Exception failure) {
        failed(what, failure);
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
