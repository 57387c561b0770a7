package io.switchboard.monitor.health;

import io.switchboard.runtimeclient.wire.Objectives;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A flow's health thresholds and service-level objective, in the units an operator thinks in (percent, ms). The
 * runtime checks them again; the dialog keeps "failing" at or above "degraded" as they are typed.
 */
final class ObjectivesDialog {

    private ObjectivesDialog() {
    }

    static Optional<Objectives> edit(Window owner, Objectives current) {
        Dialog<Objectives> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Thresholds and objective of " + current.flowId());
        dialog.setHeaderText("When " + current.flowId() + " shows as degraded or failing, and the objective its "
                + "minutes are measured against (SLO attainment in the KPIs). Shared by every monitor of this runtime.");
        Spinner<Double> degradedRate = percent("objective-degraded-rate", current.degradedErrorRate());
        Spinner<Double> failingRate = percent("objective-failing-rate", current.failingErrorRate());
        Spinner<Integer> degradedP95 = millis("objective-degraded-p95", current.degradedP95Ms());
        Spinner<Integer> failingP95 = millis("objective-failing-p95", current.failingP95Ms());
        Spinner<Integer> sloP95 = millis("objective-slo-p95", current.sloP95Ms());
        Spinner<Double> sloRate = percent("objective-slo-rate", current.sloErrorRate());
        degradedRate.valueProperty().addListener((observable, old, now) -> {
            if (failingRate.getValue() < now) {
                failingRate.getValueFactory().setValue(now);
            }
        });
        degradedP95.valueProperty().addListener((observable, old, now) -> {
            if (failingP95.getValue() < now) {
                failingP95.getValueFactory().setValue(now);
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(""), new Label("degraded at"), new Label("failing at"));
        form.addRow(1, new Label("Error rate (%)"), degradedRate, failingRate);
        form.addRow(2, new Label("p95 latency (ms)"), degradedP95, failingP95);
        form.addRow(3, new Label("Objective: p95 at most (ms)"), sloP95);
        form.addRow(4, new Label("Objective: error rate at most (%)"), sloRate);
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != save ? null : new Objectives(current.flowId(),
                degradedRate.getValue() / 100, failingRate.getValue() / 100, degradedP95.getValue(),
                failingP95.getValue(), sloP95.getValue(), sloRate.getValue() / 100, true));
        return dialog.showAndWait();
    }

    private static Spinner<Double> percent(String id, double share) {
        Spinner<Double> spinner = new Spinner<>(0.0, 100.0, Math.round(share * 1000) / 10.0, 0.5);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    private static Spinner<Integer> millis(String id, long value) {
        Spinner<Integer> spinner = new Spinner<>(0, 600_000, (int) Math.min(600_000, value), 50);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }
}
