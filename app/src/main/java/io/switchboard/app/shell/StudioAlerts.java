package io.switchboard.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Something the user asked for could not be done: said in a dialog, in a sentence, and logged with its cause. */
public final class StudioAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(StudioAlerts.class);

    private StudioAlerts() {
    }

    public static void cannot(Window owner, String what, Exception failure) {
        LOG.warn("{}", what, failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage(), ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(what);
        alert.show();
    }
}
