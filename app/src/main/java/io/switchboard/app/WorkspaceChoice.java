package io.switchboard.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** Which of the recent workspaces to open again. */
final class WorkspaceChoice {

    private WorkspaceChoice() {
    }

    static Optional<Path> recent(Window owner, List<Path> recent) {
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Path> dialog = new ChoiceDialog<>(recent.get(0), recent);
        dialog.initOwner(owner);
        dialog.setTitle("Open a recent workspace");
        dialog.setHeaderText("The workspaces opened last, the newest first.");
        return dialog.showAndWait();
    }
}
