package io.switchboard.app.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** What the studio's small dialogs share: a form laid out in a grid, and the line that says why it cannot be used. */
public final class DialogForm {

    private DialogForm() {
    }

    public static GridPane grid() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        return form;
    }

    /** Empty until a choice cannot work; then it says why, before the dialog closes. */
    public static Label problem() {
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        return problem;
    }

    /** "Browse…" beside a field that names a token file: the chosen file's path goes into the field. */
    public static javafx.scene.control.Button browseTokenFile(javafx.stage.Window owner,
                                                               javafx.scene.control.TextField into) {
        javafx.scene.control.Button browse = new javafx.scene.control.Button("Browse…");
        browse.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Token file");
            java.io.File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                into.setText(chosen.getPath());
            }
        });
        return browse;
    }
}
