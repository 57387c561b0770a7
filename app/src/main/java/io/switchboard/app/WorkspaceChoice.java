package io.switchboard.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Which workspace to open: one of the recent ones, or a folder to open or create one in. */
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
        dialog.getDialogPane().setId("recent-workspaces");
        return dialog.showAndWait();
    }

    /** A folder typed or browsed to; {@code create}: for a new workspace (an empty or new folder). */
    static Optional<Path> folder(Window owner, boolean create) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(create ? "New workspace" : "Open a workspace");
        dialog.setHeaderText(create ? "A new or empty folder: contracts/, mappings/, flows/, samples/ and "
                + ".switchboard/ are made in it." : "A folder with contracts/, mappings/, flows/ or samples/.");
        TextField folder = new TextField();
        folder.setId("workspace-folder");
        folder.setPrefColumnCount(36);
        Button browse = new Button("Browse…");
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(dialog.getTitle());
            File chosen = chooser.showDialog(owner);
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("Folder"), folder, browse);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId(create ? "new-workspace" : "open-workspace");
        ButtonType ok = new ButtonType(create ? "Create" : "Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(folder.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? Path.of(folder.getText().strip()) : null);
        return dialog.showAndWait();
    }
}
