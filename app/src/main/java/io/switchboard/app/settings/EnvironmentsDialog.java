package io.switchboard.app.settings;

import io.switchboard.app.shell.DialogForm;
import io.switchboard.icons.StudioIcon;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The environments flows are deployed to: Local (the embedded runtime, always there) and the remote runtimes the
 * user adds by name, API URL and token file. Kept in the user's settings, never in a workspace.
 */
public final class EnvironmentsDialog {

    private EnvironmentsDialog() {
    }

    public static void show(Window owner, StudioSettings settings) {
        ListView<Environment> list = new ListView<>(settings.environments());
        list.setId("environments-list");
        list.setPrefSize(520, 220);
        Button add = new Button("Add…", StudioIcon.ADD_STEP.create(14));
        add.setId("environment-add");
        add.setOnAction(event -> edit(owner, null).ifPresent(created -> settings.saveEnvironment(null, created)));
        Button change = new Button("Edit…", StudioIcon.EDIT.create(14));
        change.setOnAction(event -> {
            Environment chosen = list.getSelectionModel().getSelectedItem();
            edit(owner, chosen).ifPresent(changed -> settings.saveEnvironment(chosen, changed));
        });
        Button remove = new Button("Remove", StudioIcon.REMOVE.create(14));
        remove.setOnAction(event -> settings.removeEnvironment(list.getSelectionModel().getSelectedItem()));
        for (Button button : new Button[] {change, remove}) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                Environment chosen = list.getSelectionModel().getSelectedItem();
                return chosen == null || chosen.isLocal();
            }, list.getSelectionModel().selectedItemProperty()));
        }
        Label where = new Label("Tokens stay in their files; the list is kept in your settings, not the workspace.");
        where.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Environments");
        dialog.getDialogPane().setId("environments-dialog");
        dialog.getDialogPane().setContent(new VBox(8, where, list, new HBox(8, add, change, remove)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    /** Asks for a remote environment's name, URL and token file; {@code current} null for a new one. */
    static Optional<Environment> edit(Window owner, Environment current) {
        Dialog<Environment> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(current == null ? "Add an environment" : "Edit " + current.name());
        TextField name = new TextField(current == null ? "" : current.name());
        name.setId("environment-name");
        name.setPromptText("Staging");
        TextField url = new TextField(current == null ? "" : current.url());
        url.setId("environment-url");
        url.setPromptText("http://127.0.0.1:8081 (several runtimes: their URLs, separated by commas)");
        url.setPrefColumnCount(28);
        TextField token = new TextField(current == null ? "" : current.tokenFile().toString());
        token.setId("environment-token-file");
        token.setPromptText("file holding a designer token");
        Button browse = DialogForm.browseTokenFile(owner, token);
        Label problem = DialogForm.problem();
        problem.setId("environment-problem");
        GridPane form = DialogForm.grid();
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("API URL(s)"), url);
        form.addRow(2, new Label("Token file"), token, browse);
        form.add(problem, 0, 3, 3, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String why = Environment.problem(name.getText(), url.getText(), token.getText());
            if (why != null) {
                problem.setText(why);
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button != save ? null
                : new Environment(name.getText().strip(), url.getText().strip(), Path.of(token.getText().strip())));
        return dialog.showAndWait();
    }
}
