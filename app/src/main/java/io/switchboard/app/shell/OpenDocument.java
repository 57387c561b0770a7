package io.switchboard.app.shell;

import javafx.beans.value.ObservableBooleanValue;

/** A document open in the studio whose edits could be lost: whether it has unsaved edits, and how to save them. */
public interface OpenDocument {

    /** The file's name, as the prompt shows it. */
    String name();

    ObservableBooleanValue unsaved();

    /** Starts saving; {@link #unsaved()} turns false once the file is written (it stays true if that fails). */
    void save();
}
