package io.switchboard.app.shell;

import io.switchboard.fx.task.Tasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Notices when a file open in an editor changed on disk (a {@code git pull}): an editor without unsaved edits reads
 * it again; one with unsaved edits asks first whether to reload (losing them) or keep them. What each file held when
 * the studio last opened or saved it is remembered, so the studio's own saves are not taken for changes. Used on the
 * FX thread; files are read in the background.
 */
public final class DiskChanges {

    private final List<OpenDocument> documents;
    private final Tasks tasks;
    private final Predicate<String> askReload;
    private final Consumer<String> status;
    /** What a file held when the studio last opened or saved it, and from when that is known. */
    private record Known(String text, java.time.Instant since) {
    }

    private final Map<Path, Known> seen = new HashMap<>();

    /**
     * {@code askReload}: asked with the file's name when it has unsaved edits; true reloads it. {@code status}:
     * hears what was reloaded.
     */
    public DiskChanges(List<OpenDocument> documents, Tasks tasks, Predicate<String> askReload,
                       Consumer<String> status) {
        this.documents = List.copyOf(documents);
        this.tasks = tasks;
        this.askReload = askReload;
        this.status = status;
        for (OpenDocument document : documents) {
            document.unsaved().addListener((observable, was, now) -> {
                if (!now) {
                    remember(document);
                }
            });
            document.fileProperty().addListener((observable, old, now) -> remember(document));
            remember(document);
        }
    }

    private void remember(OpenDocument document) {
        Path file = document.file();
        if (file != null) {
            // Dated when asked: a change written after this moment counts even if the read comes later.
            java.time.Instant asked = tasks.now();
            tasks.run(() -> read(file), disk -> disk.ifPresent(known -> seen.put(file,
                    new Known(known.text(), asked))), failure -> { });
        }
    }

    /** Something in the workspace changed on disk: looks at each open file. */
    public void check() {
        for (OpenDocument document : documents) {
            Path file = document.file();
            if (file == null || !seen.containsKey(file)) {
                continue;
            }
            tasks.run(() -> read(file), disk -> {
                Known known = seen.get(file);
                if (disk.isEmpty() || !file.equals(document.file()) || disk.get().text().equals(known.text())
                        && !disk.get().modified().isAfter(known.since())) {
                    return;
                }
                seen.put(file, new Known(disk.get().text(), tasks.now()));
                if (!document.unsaved().get() || askReload.test(file.getFileName().toString())) {
                    document.reload();
                    status.accept("Reloaded " + file.getFileName() + ": it changed on disk");
                } else {
                    status.accept(file.getFileName() + " changed on disk; your edits are kept (saving replaces it)");
                }
            }, failure -> { });
        }
    }

    /** A file's text and when it was last written. */
    private record OnDisk(String text, java.time.Instant modified) {
    }

    private static Optional<OnDisk> read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(new OnDisk(Files.readString(file),
                Files.getLastModifiedTime(file).toInstant())) : Optional.empty();
    }
}
