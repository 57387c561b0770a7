package io.switchboard.app.shell;

import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;

/** A document open in the studio whose edits could be lost: whether it has unsaved edits, and how to save them. */
public interface OpenDocument {

    /** The file's name, as the prompt shows it. */
    String name();

    ObservableBooleanValue unsaved();

    /** Starts saving; {@link #unsaved()} turns false once the file is written (it stays true if that fails). */
    void save();

    /** The file open, or null before the first save. */
    default Path file() {
        return fileProperty().getValue();
    }

    /** The file open, as it changes when another is opened. */
    javafx.beans.value.ObservableValue<Path> fileProperty();

    /** Reads the file again, dropping unsaved edits: after it changed on disk. */
    void reload();

    /** An editor's document: its file (null before the first save, then {@code untitled} is shown), its state. */
    static OpenDocument of(javafx.beans.value.ObservableValue<Path> file, String untitled,
                           ObservableBooleanValue unsaved, Runnable save) {
        return of(file, untitled, unsaved, save, () -> { });
    }

    /** The same, with how to read the file again. */
    static OpenDocument of(javafx.beans.value.ObservableValue<Path> file, String untitled,
                           ObservableBooleanValue unsaved, Runnable save, Runnable reload) {
        return new OpenDocument() {
            @Override
            public javafx.beans.value.ObservableValue<Path> fileProperty() {
                return file;
            }

            @Override
            public void reload() {
                reload.run();
            }

            @Override
            public String name() {
                Path current = file.getValue();
                return current == null ? untitled : current.getFileName().toString();
            }

            @Override
            public ObservableBooleanValue unsaved() {
                return unsaved;
            }

            @Override
            public void save() {
                save.run();
            }
        };
    }
}
