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
}
