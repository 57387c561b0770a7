package io.switchboard.app.demo;

import io.switchboard.icons.StudioIcon;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Says that this is the demo and how to leave it, with the switch for the demo shop's orders. */
public final class DemoBanner {

    private DemoBanner() {
    }

    /** {@code send}: the user turned the orders on or off; {@code runtime}: whether the embedded runtime runs. */
    public static Node of(BooleanProperty sending, Consumer<Boolean> send, boolean runtime) {
        Label text = new Label(runtime
                ? "Demo workspace: a web shop posts orders to the orders flow on the embedded runtime; the demo "
                + "billing service fails a few (503, slow answers, a refused VAT id) and one order in fifty breaks the "
                + "mapping. Open your own with File → Open workspace…."
                : "Demo workspace, without the embedded runtime (--no-runtime): nothing flows. Open your own with "
                + "File → Open workspace….", StudioIcon.INFO.create(16));
        text.setWrapText(true);
        text.getStyleClass().add("demo-banner-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        ToggleButton orders = new ToggleButton();
        orders.setId("demo-traffic");
        orders.setDisable(!runtime);
        orders.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        orders.textProperty().bind(javafx.beans.binding.Bindings.when(sending).then("Orders flowing")
                .otherwise("Orders paused"));
        orders.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                (sending.get() ? StudioIcon.FLOW_HEALTHY : StudioIcon.REPLAY).create(14), sending));
        orders.selectedProperty().bindBidirectional(sending);
        orders.setOnAction(event -> send.accept(orders.isSelected()));
        HBox banner = new HBox(12, text, orders);
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        return banner;
    }
}
