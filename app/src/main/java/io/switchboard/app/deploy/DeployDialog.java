package io.switchboard.app.deploy;

import io.switchboard.designer.deploy.DeployReview;
import io.switchboard.designer.deploy.DeployReviewView;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The review before a deploy: what changes against the running version; Deploy or Cancel. */
final class DeployDialog {

    static final ButtonType DEPLOY = new ButtonType("Deploy", ButtonBar.ButtonData.OK_DONE);

    private DeployDialog() {
    }

    /** Opens the review; {@code confirmed} runs when the user presses Deploy. Does not wait. */
    static Dialog<ButtonType> show(Window owner, DeployReview review, Runnable confirmed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Deploy " + review.flowId() + " to " + review.environment());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("deploy-dialog");
        dialog.getDialogPane().setContent(new DeployReviewView(review));
        dialog.getDialogPane().getButtonTypes().addAll(DEPLOY, ButtonType.CANCEL);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == DEPLOY) {
                confirmed.run();
            }
        });
        dialog.show();
        return dialog;
    }
}
