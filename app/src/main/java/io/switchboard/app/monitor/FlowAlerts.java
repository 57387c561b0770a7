package io.switchboard.app.monitor;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the operator a flow turned failing, wherever the studio is; a click shows that flow's failures. */
public final class FlowAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(FlowAlerts.class);

    private FlowAlerts() {
    }

    public static void failing(Window owner, String flowId, Runnable show) {
        LOG.warn("Flow {} is failing", flowId);
        Notifications.create()
                .owner(owner)
                .title("Flow " + flowId + " is failing")
                .text("Its error rate or latency crossed the failing threshold. Click to see its failed messages.")
                .hideAfter(Duration.seconds(10))
                .onAction(event -> show.run())
                .showWarning();
    }
}
