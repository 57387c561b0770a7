package io.switchboard.monitor.health;

import io.switchboard.icons.StudioIcon;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Flow tiles coloured by level, the runtime's totals, and a chart of delivered and failed messages per second over
 * the last fifteen minutes. Binds and forwards only.
 */
public final class HealthPane extends BorderPane {

    private final XYChart.Series<Number, Number> delivered = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> failed = new XYChart.Series<>();
    private final NumberAxis time = new NumberAxis();

    /**
     * What a tile offers besides its figures: narrowing the failures to its flow, and (for operators) editing its
     * thresholds and objective, saved on the runtime; {@code save} hears back the problem, or "" when saved.
     */
    public record TileActions(java.util.function.Consumer<String> showFailures,
                              javafx.beans.value.ObservableBooleanValue mayEdit,
                              java.util.function.BiConsumer<io.switchboard.runtimeclient.wire.Objectives,
                                      java.util.function.Consumer<String>> save,
                              java.util.function.BiConsumer<String, java.util.function.Consumer<String>> versions) {
    }

    public HealthPane(HealthViewModel viewModel, TileActions actions) {
        getStyleClass().add("health-pane");
        FlowPane tiles = new FlowPane(8, 8);
        tiles.setId("health-tiles");
        tiles.setPadding(new Insets(8));
        viewModel.tiles().forEach(tile -> tiles.getChildren().add(tile(tile, viewModel, actions)));
        viewModel.tiles().addListener((ListChangeListener<FlowTile>) change -> {
            tiles.getChildren().clear();
            viewModel.tiles().forEach(tile -> tiles.getChildren().add(tile(tile, viewModel, actions)));
        });
        Label empty = new Label("No flow is deployed on this runtime yet.");
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.tiles()));
        empty.managedProperty().bind(empty.visibleProperty());
        Label totals = new Label();
        totals.getStyleClass().add("health-totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "%s: %.1f delivered/s · %.1f failed/s · %d failed messages waiting",
                viewModel.runtimesProperty().get().isEmpty() ? "Runtime" : "Environment",
                viewModel.deliveredPerSecondProperty().get(), viewModel.failedPerSecondProperty().get(),
                viewModel.failedWaitingProperty().get()), viewModel.deliveredPerSecondProperty(),
                viewModel.failedPerSecondProperty(), viewModel.failedWaitingProperty(), viewModel.runtimesProperty()));
        // An environment of several runtimes: which answered, each with what it delivered.
        Label runtimes = new Label();
        runtimes.getStyleClass().add("health-runtimes");
        runtimes.textProperty().bind(viewModel.runtimesProperty());
        runtimes.visibleProperty().bind(viewModel.runtimesProperty().isNotEmpty());
        runtimes.managedProperty().bind(runtimes.visibleProperty());
        ScrollPane tileScroll = new ScrollPane(tiles);
        tileScroll.setFitToWidth(true);
        setCenter(new VBox(4, totals, runtimes, empty, tileScroll));
        setRight(chart(viewModel));
    }

    private static VBox tile(FlowTile tile, HealthViewModel viewModel, TileActions actions) {
        Label name = new Label(tile.flowId(), StudioIcon.FLOW.create(16));
        name.getStyleClass().add("tile-name");
        Hyperlink failures = new Hyperlink("failures");
        failures.setId("tile-failures-" + tile.flowId());
        failures.setOnAction(event -> actions.showFailures().accept(tile.flowId()));
        Button thresholds = new Button(null, StudioIcon.THRESHOLDS.create(14));
        thresholds.setId("tile-thresholds-" + tile.flowId());
        thresholds.getStyleClass().add("tile-button");
        thresholds.disableProperty().bind(Bindings.not(actions.mayEdit()));
        thresholds.setAccessibleText("Thresholds and objective of " + tile.flowId());
        Tooltip.install(thresholds, new Tooltip("Thresholds and objective"));
        Label saveProblem = new Label();
        saveProblem.getStyleClass().add("problem-text");
        saveProblem.setWrapText(true);
        saveProblem.setMaxWidth(320);
        saveProblem.visibleProperty().bind(saveProblem.textProperty().isNotEmpty());
        saveProblem.managedProperty().bind(saveProblem.visibleProperty());
        thresholds.setOnAction(event -> ObjectivesDialog.edit(thresholds.getScene().getWindow(),
                viewModel.objectives(tile.flowId())).ifPresent(chosen -> actions.save().accept(chosen,
                saveProblem::setText)));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Button versions = new Button(null, StudioIcon.ROLLBACK.create(14));
        versions.setId("tile-versions-" + tile.flowId());
        versions.getStyleClass().add("tile-button");
        versions.setAccessibleText("Versions of " + tile.flowId());
        Tooltip.install(versions, new Tooltip("Versions and rollback"));
        versions.setOnAction(event -> actions.versions().accept(tile.flowId(), saveProblem::setText));
        HBox header = new HBox(6, name, spacer, failures, versions, thresholds);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label level = new Label();
        level.graphicProperty().bind(Bindings.createObjectBinding(() -> switch (tile.levelProperty().get()) {
            case HEALTHY -> StudioIcon.FLOW_HEALTHY.create(14);
            case DEGRADED -> StudioIcon.FLOW_DEGRADED.create(14);
            default -> StudioIcon.FLOW_FAILING.create(14);
        }, tile.levelProperty()));
        level.textProperty().bind(Bindings.createStringBinding(() -> tile.levelProperty().get().name().toLowerCase()
                + " · v" + tile.versionProperty().get(), tile.levelProperty(), tile.versionProperty()));
        Label figures = new Label();
        figures.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "%.1f/s · errors %.0f%% · p95 %d ms · %d failed", tile.throughputProperty().get(),
                tile.errorRateProperty().get() * 100, tile.p95Property().get(), tile.failedProperty().get()),
                tile.throughputProperty(), tile.errorRateProperty(), tile.p95Property(), tile.failedProperty()));
        VBox box = new VBox(2, header, level, figures, saveProblem);
        box.setId("tile-" + tile.flowId());
        box.getStyleClass().addAll("health-tile", "level-" + tile.levelProperty().get().name().toLowerCase());
        tile.levelProperty().addListener((observable, old, now) -> {
            box.getStyleClass().remove("level-" + old.name().toLowerCase());
            box.getStyleClass().add("level-" + now.name().toLowerCase());
        });
        Label lastError = new Label();
        lastError.getStyleClass().add("tile-error");
        lastError.setMaxWidth(320);
        lastError.textProperty().bind(Bindings.createStringBinding(() -> tile.lastErrorProperty().get().isEmpty()
                ? "" : "Last error: " + tile.lastErrorProperty().get(), tile.lastErrorProperty()));
        lastError.visibleProperty().bind(tile.lastErrorProperty().isNotEmpty());
        lastError.managedProperty().bind(lastError.visibleProperty());
        box.getChildren().add(lastError);
        box.setAccessibleText(tile.flowId() + " health");
        return box;
    }

    private LineChart<Number, Number> chart(HealthViewModel viewModel) {
        time.setLabel("minutes ago");
        time.setAutoRanging(false);
        time.setUpperBound(0);
        time.setLowerBound(-1);
        time.setTickUnit(0.25);
        time.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                double minutes = Math.round((seconds.doubleValue() - time.getUpperBound()) / 60 * 100) / 100.0;
                return java.math.BigDecimal.valueOf(minutes).stripTrailingZeros().toPlainString();
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text) * 60 + time.getUpperBound();
            }
        });
        NumberAxis rate = new NumberAxis();
        rate.setLabel("messages/s");
        LineChart<Number, Number> chart = new MarkedLineChart(time, rate, viewModel.deploys());
        chart.setId("health-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefSize(420, 200);
        chart.setMinWidth(320);
        delivered.setName("delivered");
        failed.setName("failed");
        chart.getData().add(delivered);
        chart.getData().add(failed);
        viewModel.history().addListener((ListChangeListener<HealthSample>) change -> follow(change));
        return chart;
    }

    /** The newest sample's time, in seconds: the axis's zero. */
    private double latest;

    /**
     * Points are placed at their own time (seconds since the epoch), so a new sample adds one point and an expired
     * one removes one: a second of history costs two points, not a redraw of fifteen minutes.
     */
    private void follow(ListChangeListener.Change<? extends HealthSample> change) {
        while (change.next()) {
            if (change.wasRemoved()) {
                int gone = change.getRemovedSize();
                delivered.getData().remove(0, Math.min(gone, delivered.getData().size()));
                failed.getData().remove(0, Math.min(gone, failed.getData().size()));
            }
            for (HealthSample sample : change.getAddedSubList()) {
                double at = sample.at().toEpochMilli() / 1000.0;
                delivered.getData().add(new XYChart.Data<>(at, sample.deliveredPerSecond()));
                failed.getData().add(new XYChart.Data<>(at, sample.failedPerSecond()));
                latest = at;
            }
        }
        if (delivered.getData().isEmpty()) {
            return;
        }
        // The axis spans what there is, from a minute up to the whole window, so a fresh monitor is readable.
        double first = delivered.getData().get(0).getXValue().doubleValue();
        double spanMinutes = Math.min(15, Math.max(1, Math.ceil((latest - first) / 60)));
        double unit = spanMinutes >= 10 ? 300 : spanMinutes >= 3 ? 60 : 15;
        // The right edge is the next whole tick, so the ticks read as whole fractions of a minute.
        double upper = Math.ceil(latest / unit) * unit;
        time.setUpperBound(upper);
        time.setLowerBound(upper - spanMinutes * 60);
        time.setTickUnit(unit);
    }
}
