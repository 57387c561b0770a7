package io.switchboard.monitor.health;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;

/**
 * A line chart of rates over time with a vertical line at each deploy, labelled with the flow and its version:
 * a change in the curves lines up with what was deployed. The marks' x values are seconds since the epoch, as the
 * points' are.
 */
final class MarkedLineChart extends LineChart<Number, Number> {

    private record Marker(DeployMark mark, Line line, Label label) {
    }

    private final List<Marker> markers = new ArrayList<>();

    MarkedLineChart(NumberAxis time, NumberAxis rate, ObservableList<DeployMark> deploys) {
        super(time, rate);
        deploys.forEach(this::add);
        deploys.addListener((ListChangeListener<DeployMark>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::remove);
                change.getAddedSubList().forEach(this::add);
            }
            requestChartLayout();
        });
    }

    private void add(DeployMark mark) {
        Line line = new Line();
        line.getStyleClass().add("deploy-mark");
        Label label = new Label(mark.label());
        label.getStyleClass().add("deploy-mark-label");
        Tooltip.install(label, new Tooltip((mark.rollback() ? "Rolled back " : "Deployed ") + mark.label() + " at "
                + mark.at()));
        markers.add(new Marker(mark, line, label));
        getPlotChildren().addAll(line, label);
    }

    private void remove(DeployMark mark) {
        markers.removeIf(marker -> {
            if (marker.mark().equals(mark)) {
                getPlotChildren().removeAll(marker.line(), marker.label());
                return true;
            }
            return false;
        });
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis time = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        for (Marker marker : markers) {
            double seconds = marker.mark().at().toEpochMilli() / 1000.0;
            boolean shown = seconds >= time.getLowerBound() && seconds <= time.getUpperBound();
            marker.line().setVisible(shown);
            marker.label().setVisible(shown);
            if (!shown) {
                continue;
            }
            double x = time.getDisplayPosition(seconds);
            marker.line().setStartX(x);
            marker.line().setEndX(x);
            marker.line().setStartY(0);
            marker.line().setEndY(height);
            marker.label().autosize();
            marker.label().relocate(x + 3, 2);
            marker.line().toFront();
            marker.label().toFront();
        }
    }
}
