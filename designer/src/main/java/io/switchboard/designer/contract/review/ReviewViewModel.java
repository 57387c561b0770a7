package io.switchboard.designer.contract.review;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.contract.diff.ContractDiff;
import io.switchboard.contract.report.ChangesReport;
import io.switchboard.contract.review.ReviewNote;
import io.switchboard.contract.review.ReviewNotes;
import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.flow.source.SourceFormatException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A design-session review of two versions of a contract: the changes grouped by operation, breaking first, the two
 * texts for side-by-side reading, and the team's notes on operations and schemas, saved beside the contract.
 */
public final class ReviewViewModel {

    /** The changes of one operation (or of the API as a whole), most serious first. */
    public record Group(String target, ChangeLevel worst, List<Change> changes) {
    }

    /** The two texts being compared, as the view shows them. */
    public record Sides(String baseName, String baseText, String revisionName, String revisionText) {
    }

    private final Tasks tasks;
    private final String author;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<ReviewNote> notes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Sides> sides = new ReadOnlyObjectWrapper<>(this, "sides");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "Compare a contract with another version to review its changes.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<List<Change>> allChanges = new ReadOnlyObjectWrapper<>(this, "changes",
            List.of());
    private final LatestOnly comparison;
    private Path contract;
    private ReviewNotes saved;

    public ReviewViewModel(Tasks tasks, String author) {
        this.tasks = tasks;
        this.comparison = new LatestOnly(tasks, Duration.ZERO);
        this.author = author;
        target.addListener((observable, old, now) -> showNotes());
    }

    /** Compares {@code baseText} (named {@code baseName}, e.g. "pets.yaml@HEAD") with the revision file's text. */
    public void compare(String baseName, String baseText, Path revisionFile, String revisionText) {
        error.set("");
        summary.set("Comparing…");
        comparison.now(() -> {
            ContractDocument base = ContractDocument.parse(revisionFile, baseText);
            ContractDocument revision = ContractDocument.parse(revisionFile, revisionText);
            return new Compared(base, revision, ContractDiff.compare(base, revision),
                    ReviewNotes.readFor(revisionFile));
        }, compared -> show(baseName, revisionFile, compared), this::fail);
    }

    private record Compared(ContractDocument base, ContractDocument revision, List<Change> changes,
                            ReviewNotes notes) {
    }

    private void show(String baseName, Path revisionFile, Compared compared) {
        ContractDocument base = compared.base();
        ContractDocument revision = compared.revision();
        List<Change> changes = compared.changes();
        ReviewNotes loaded = compared.notes();
        contract = revisionFile;
        saved = loaded;
        allChanges.set(changes);
        Map<String, List<Change>> byTarget = new LinkedHashMap<>();
        for (Change change : changes) {
            byTarget.computeIfAbsent(change.operation().isEmpty() ? "Whole API" : change.operation(),
                    key -> new ArrayList<>()).add(change);
        }
        List<Group> grouped = new ArrayList<>();
        byTarget.forEach((name, list) -> {
            list.sort(Comparator.comparing(Change::level));
            grouped.add(new Group(name, list.get(0).level(), List.copyOf(list)));
        });
        grouped.sort(Comparator.comparing(Group::worst).thenComparing(Group::target));
        groups.setAll(grouped);
        sides.set(new Sides(baseName, base.text(), revisionFile.getFileName().toString(), revision.text()));
        summary.set(baseName + " → " + revisionFile.getFileName() + ": " + ChangesReport.summary(changes)
                + (ChangesReport.breaking(changes) ? " · breaking" : ""));
        showNotes();
    }

    /** Adds a note to the chosen operation or schema and saves the notes beside the contract. */
    public void addNote(String text) {
        String about = target.get();
        if (contract == null || about == null || about.isBlank() || text == null || text.isBlank()) {
            error.set("Choose an operation or a schema and write the note first.");
            return;
        }
        ReviewNote note = new ReviewNote(about, author, tasks.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                text.trim());
        ReviewNotes updated = saved.with(note);
        Path file = contract;
        tasks.run(() -> {
            updated.writeBeside(file);
            return updated;
        }, written -> {
            saved = written;
            showNotes();
        }, this::fail);
    }

    private void showNotes() {
        if (saved == null) {
            notes.clear();
            return;
        }
        String about = target.get();
        notes.setAll(about == null ? saved.notes() : saved.about(about));
    }

    private void fail(Exception failure) {
        if (failure instanceof SourceFormatException e) {
            fail(e.file().getFileName() + " line " + e.location().line() + ", column " + e.location().column()
                    + ": " + e.getMessage());
        } else {
            fail(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
    }

    private void fail(String message) {
        error.set(message);
        summary.set("Review not available");
    }

    /** Shows a problem that arose before comparing (for example, git could not give the last commit's version). */
    public void reportProblem(String message) {
        fail(message);
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ObservableList<ReviewNote> notes() {
        return notes;
    }

    public ReadOnlyObjectProperty<Sides> sidesProperty() {
        return sides.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Change>> changesProperty() {
        return allChanges.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The operation ({@code GET /pets}) or schema ({@code #/components/schemas/Pet}) notes are about. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }
}
