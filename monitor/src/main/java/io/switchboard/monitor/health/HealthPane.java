package io.switchboard.monitor.health;

import io.switchboard.icons.StudioIcon;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

    public HealthPane(HealthViewModel viewModel) {
        getStyleClass().add("health-pane");
        FlowPane tiles = new FlowPane(8, 8);
        tiles.setId("health-tiles");
        tiles.setPadding(new Insets(8));
        viewModel.tiles().forEach(tile -> tiles.getChildren().add(tile(tile)));
        viewModel.tiles().addListener((ListChangeListener<FlowTile>) change -> {
            tiles.getChildren().clear();
            viewModel.tiles().forEach(tile -> tiles.getChildren().add(tile(tile)));
        });
        Label empty = new Label("No flow is deployed on this runtime yet.");
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.tiles()));
        empty.managedProperty().bind(empty.visibleProperty());
        Label totals = new Label();
        totals.getStyleClass().add("health-totals");
        totals.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Runtime: %.1f delivered/s · %.1f failed/s · %d failed messages waiting",
                viewModel.deliveredPerSecondProperty().get(), viewModel.failedPerSecondProperty().get(),
                viewModel.failedWaitingProperty().get()), viewModel.deliveredPerSecondProperty(),
                viewModel.failedPerSecondProperty(), viewModel.failedWaitingProperty()));
        ScrollPane tileScroll = new ScrollPane(tiles);
        tileScroll.setFitToWidth(true);
        setCenter(new VBox(4, totals, empty, tileScroll));
        setRight(chart(viewModel));
    }

    private static VBox tile(FlowTile tile) {
        Label name = new Label(tile.flowId(), StudioIcon.FLOW.create(16));
        name.getStyleClass().add("tile-name");
        Label level = new Label();
        level.textProperty().bind(Bindings.createStringBinding(() -> tile.levelProperty().get().name().toLowerCase()
                + " · v" + tile.versionProperty().get(), tile.levelProperty(), tile.versionProperty()));
        Label figures = new Label();
        figures.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "%.1f/s · errors %.0f%% · p95 %d ms · %d failed", tile.throughputProperty().get(),
                tile.errorRateProperty().get() * 100, tile.p95Property().get(), tile.failedProperty().get()),
                tile.throughputProperty(), tile.errorRateProperty(), tile.p95Property(), tile.failedProperty()));
        VBox box = new VBox(2, name, level, figures);
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
        LineChart<Number, Number> chart = new LineChart<>(time, rate);
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
