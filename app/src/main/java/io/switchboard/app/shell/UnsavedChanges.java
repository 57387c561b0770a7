package io.switchboard.app.shell;

import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * Asks before edits are lost: closing the window, or opening another file in an editor that has unsaved edits.
 * Save writes them and then goes on (once every file is written; a failed save leaves the window open, with its
 * error shown by the editor, until the next question); Discard goes on at once; Cancel stays.
 */
public final class UnsavedChanges {

    public enum Choice { SAVE, DISCARD, CANCEL }

    private final Function<List<String>, Choice> ask;
    /** A Save still waiting for its files to be written; replaced by the next question. */
    private InvalidationListener waiting;

    /** {@code ask}: shows the names of the files with unsaved edits and answers what the user chose. */
    public UnsavedChanges(Function<List<String>, Choice> ask) {
        this.ask = ask;
    }

    /** Runs {@code proceed} now, after saving, or never, as the user decides for {@code documents}. */
    public void beforeLosing(List<OpenDocument> documents, Runnable proceed) {
        waiting = null;
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
        InvalidationListener whenAllSaved = new InvalidationListener() {
            @Override
            public void invalidated(Observable changed) {
                if (waiting == this && unsaved.stream().noneMatch(document -> document.unsaved().get())) {
                    forget(this, unsaved);
                    proceed.run();
                }
            }
        };
        waiting = whenAllSaved;
        unsaved.forEach(document -> document.unsaved().addListener(whenAllSaved));
        unsaved.forEach(OpenDocument::save);
        // Saves that finished at once fire no change after the check above was set up.
        whenAllSaved.invalidated(null);
    }

    private void forget(InvalidationListener listener, List<OpenDocument> documents) {
        documents.forEach(document -> document.unsaved().removeListener(listener));
        if (waiting == listener) {
            waiting = null;
        }
    }
}
