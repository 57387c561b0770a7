package io.switchboard.app.shell;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;

/**
 * Asks before edits are lost: closing the window, or opening another file in an editor that has unsaved edits.
 * Save writes them and then goes on (once every file is written; a failed save leaves the window open, with its
 * error shown by the editor, until the next question); Discard goes on at once; Cancel stays.
 */
public final class UnsavedChanges {

    public enum Choice { SAVE, DISCARD, CANCEL }

    private final Function<List<String>, Choice> ask;
    /** Stops a Save still waiting for its files to be written; the next question replaces it. */
    private Runnable stopWaiting = () -> { };

    /** {@code ask}: shows the names of the files with unsaved edits and answers what the user chose. */
    public UnsavedChanges(Function<List<String>, Choice> ask) {
        this.ask = ask;
    }

    /** Runs {@code proceed} now, after saving, or never, as the user decides for {@code documents}. */
    public void beforeLosing(List<OpenDocument> documents, Runnable proceed) {
        stopWaiting.run();
        List<OpenDocument> unsaved = documents.stream().filter(document -> document.unsaved().get()).toList();
        if (unsaved.isEmpty()) {
            proceed.run();
            return;
        }
        switch (ask.apply(unsaved.stream().map(OpenDocument::name).toList())) {
            case DISCARD -> proceed.run();
            case SAVE -> saveThen(unsaved, proceed);
            case CANCEL -> { }
        }
    }

    private void saveThen(List<OpenDocument> unsaved, Runnable proceed) {
        boolean[] waiting = {true};
        InvalidationListener whenAllSaved = changed -> {
            if (waiting[0] && unsaved.stream().noneMatch(document -> document.unsaved().get())) {
                stopWaiting.run();
                proceed.run();
            }
        };
        stopWaiting = () -> {
            waiting[0] = false;
            unsaved.forEach(document -> document.unsaved().removeListener(whenAllSaved));
            stopWaiting = () -> { };
        };
        unsaved.forEach(document -> document.unsaved().addListener(whenAllSaved));
        unsaved.forEach(OpenDocument::save);
        // Saves that finished at once may have fired before every listener was there: look once more.
        whenAllSaved.invalidated(null);
    }
}
