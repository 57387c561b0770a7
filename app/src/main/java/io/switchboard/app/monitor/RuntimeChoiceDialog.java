package io.switchboard.app.monitor;

import io.switchboard.app.shell.DialogForm;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Which runtime the monitor watches: the embedded one, or one at a URL with a token read from a file. */
final class RuntimeChoiceDialog {

    /** The operator's choice; {@code url} null for the embedded runtime. */
    record Choice(String url, Path tokenFile) {
        boolean embedded() {
            return url == null;
        }
    }

    private RuntimeChoiceDialog() {
    }

    static Optional<Choice> ask(Window owner, Choice current) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Runtime to monitor");
        dialog.setHeaderText("The token is read from its file when connecting and never stored by the studio.");
        ToggleGroup which = new ToggleGroup();
        RadioButton embedded = new RadioButton("The embedded runtime");
        embedded.setToggleGroup(which);
        RadioButton remote = new RadioButton("A runtime (or several, commas between) at");
        remote.setId("runtime-remote");
        remote.setToggleGroup(which);
        TextField url = new TextField(current.embedded() ? "http://127.0.0.1:8081" : current.url());
        url.setId("runtime-url");
        url.setPrefColumnCount(28);
        url.setPromptText("http://127.0.0.1:8081, http://127.0.0.1:9081");
        TextField token = new TextField(current.tokenFile() == null ? "" : current.tokenFile().toString());
        token.setId("runtime-token-file");
        token.setPromptText("file holding a token (viewer, operator or admin)");
        Button browse = DialogForm.browseTokenFile(owner, token);
        (current.embedded() ? embedded : remote).setSelected(true);
        url.disableProperty().bind(embedded.selectedProperty());
        token.disableProperty().bind(embedded.selectedProperty());
        browse.disableProperty().bind(embedded.selectedProperty());
        Label problem = DialogForm.problem();
        GridPane form = DialogForm.grid();
        form.addRow(0, embedded);
        form.addRow(1, remote, url);
        form.addRow(2, new Label("Token file"), token, browse);
        form.add(problem, 0, 3, 3, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        // A choice that cannot work is said before the dialog closes, not after.
        dialog.getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String why = remote.isSelected() ? problem(url.getText(), token.getText()) : null;
            if (why != null) {
                problem.setText(why);
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button != connect ? null : embedded.isSelected()
                ? new Choice(null, null) : new Choice(url.getText().strip(), Path.of(token.getText().strip())));
        return dialog.showAndWait();
    }

    /** Why a remote runtime's URL and token file cannot be used; null when they can. */
    static String problem(String url, String tokenFile) {
        return io.switchboard.app.settings.Environment.problem(null, url, tokenFile);
    }
}
