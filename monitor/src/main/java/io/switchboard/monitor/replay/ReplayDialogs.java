package io.switchboard.monitor.replay;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions replay asks the operator: yes after a dry run, a reason to discard, an edited payload. */
final class ReplayDialogs {

    /** What the operator chose for a replay job. */
    record Choice(int throttlePerSecond, String reason) {
    }

    /** What the operator wrote for an edited replay. */
    record Edit(String payload, String reason) {
    }

    private ReplayDialogs() {
    }

    static Optional<Choice> confirm(Window owner, PendingReplay pending) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Replay " + pending.description());
        dialog.setHeaderText(pending.matched() == 0 ? "Nothing to replay: no waiting message matches."
                : "Replay " + pending.matched() + " waiting message" + (pending.matched() == 1 ? "" : "s") + " ("
                        + pending.description() + ")? Messages whose idempotency key was delivered already are "
                        + "skipped, not sent twice.");
        Spinner<Integer> throttle = new Spinner<>(0, 10_000, 0, 10);
        throttle.setEditable(true);
        throttle.setId("replay-throttle");
        TextField reason = new TextField();
        reason.setId("replay-reason");
        reason.setPromptText("why (kept in the audit log)");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label("At most per second (0: as fast as the flow takes them)"), throttle);
        form.addRow(1, new Label("Reason"), reason);
        dialog.getDialogPane().setContent(form);
        ButtonType replay = new ButtonType("Replay", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(replay, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(replay).setDisable(pending.matched() == 0);
        dialog.setResultConverter(button -> button == replay
                ? new Choice(throttle.getValue(), reason.getText().isBlank() ? null : reason.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    static Optional<String> reasonToDiscard(Window owner, long messageId) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Discard message #" + messageId);
        dialog.setHeaderText("A discarded message is never replayed. Say why: the reason is kept in the audit log.");
        TextField reason = new TextField();
        reason.setId("discard-reason");
        dialog.getDialogPane().setContent(new VBox(6, new Label("Reason"), reason));
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(discard, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(discard).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == discard ? reason.getText().strip() : null);
        return dialog.showAndWait();
    }

    /** The original beside the edited text; lines that differ are listed under them. */
    static Optional<Edit> edit(Window owner, long messageId, String original) {
        Dialog<Edit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit and replay message #" + messageId);
        dialog.setHeaderText("The original and your edit are both kept in the audit log, with the reason.");
        TextArea before = new TextArea(original);
        before.setEditable(false);
        before.getStyleClass().add("payload-text");
        TextArea after = new TextArea(original);
        after.setId("edited-payload");
        after.getStyleClass().add("payload-text");
        Label changes = new Label("No change yet.");
        changes.setId("edit-changes");
        changes.setWrapText(true);
        after.textProperty().addListener((observable, old, now) -> changes.setText(LineChanges.describe(original, now)));
        TextField reason = new TextField();
        reason.setId("edit-reason");
        reason.setPromptText("why the payload was changed");
        VBox content = new VBox(6, new HBox(6, new VBox(4, new Label("Original"), before),
                new VBox(4, new Label("Edited"), after)), changes, new Label("Reason"), reason);
        content.setPrefWidth(900);
        dialog.getDialogPane().setContent(content);
        ButtonType replay = new ButtonType("Replay edited", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(replay, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(replay).disableProperty().bind(reason.textProperty().isEmpty()
                .or(after.textProperty().isEqualTo(original)));
        dialog.setResultConverter(button -> button == replay ? new Edit(after.getText(), reason.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    static void tell(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
