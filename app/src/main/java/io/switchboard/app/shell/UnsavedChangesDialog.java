package io.switchboard.app.shell;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question {@link UnsavedChanges} asks, as a dialog: Save, Don't save, Cancel. */
public final class UnsavedChangesDialog {

    private UnsavedChangesDialog() {
    }

    public static UnsavedChanges.Choice ask(Window owner, List<String> names) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(names.size() == 1 ? names.get(0) + " has unsaved changes."
                : String.join(", ", names) + " have unsaved changes.");
        alert.setContentText("Save them before going on?");
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == save ? UnsavedChanges.Choice.SAVE
                : chosen == discard ? UnsavedChanges.Choice.DISCARD : UnsavedChanges.Choice.CANCEL;
    }

    /** A file with unsaved edits changed on disk: true to read it again (losing the edits), false to keep them. */
    public static boolean reload(Window owner, String name) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep my edits", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", reload, keep);
        alert.initOwner(owner);
        alert.setTitle("Changed on disk");
        alert.setHeaderText(name + " changed on disk, and you have unsaved edits in it.");
        alert.setContentText("Reload it (your edits are lost), or keep your edits (saving replaces the file)?");
        return alert.showAndWait().orElse(keep) == reload;
    }
}
