package io.switchboard.monitor.kpi;

import io.switchboard.icons.StudioIcon;
import io.switchboard.runtimeclient.wire.FlowKpis;
import io.switchboard.runtimeclient.wire.KpiPeriod;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The KPIs: a row per flow with the latest period's figures and the trend against the period before, charts of
 * failures and SLO attainment per period, and the contracts' breaking changes per release.
 */
public final class KpiPane extends VBox {

    private final LineChart<String, Number> failures = chart("Failures per period", "failures");
    private final LineChart<String, Number> attainment = chart("SLO attainment (%)", "%");

    public KpiPane(KpiViewModel viewModel) {
        super(4);
        setId("kpis");
        // A share: always 0 to 100, so a week at 99 % does not look like a cliff.
        NumberAxis percent = (NumberAxis) attainment.getYAxis();
        percent.setAutoRanging(false);
        percent.setLowerBound(0);
        percent.setUpperBound(100);
        percent.setTickUnit(25);
        setPadding(new Insets(4));
        ChoiceBox<KpiViewModel.Period> period = new ChoiceBox<>(FXCollections.observableArrayList(
                KpiViewModel.Period.values()));
        period.setId("kpi-period");
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        period.setOnAction(event -> viewModel.reload());
        Button reload = new Button("Reload", StudioIcon.RELOAD.create(14));
        reload.setOnAction(event -> viewModel.reload());
        Label title = new Label("Team KPIs", StudioIcon.KPI.create(16));
        title.getStyleClass().add("pane-title");
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(viewModel.problemProperty());
        HBox bar = new HBox(8, title, period, reload, problem);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<FlowKpis> flows = flowTable(viewModel);
        TableView<ContractReleases.Release> contracts = contractTable(viewModel);
        HBox charts = new HBox(8, failures, attainment);
        HBox.setHgrow(failures, Priority.ALWAYS);
        HBox.setHgrow(attainment, Priority.ALWAYS);
        SplitPane tables = new SplitPane(flows, contracts);
        tables.setDividerPositions(0.62);
        SplitPane body = new SplitPane(tables, charts);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.5);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(bar, body);
        viewModel.flows().addListener((ListChangeListener<FlowKpis>) change -> plot(viewModel.flows()));
    }

    private static TableView<FlowKpis> flowTable(KpiViewModel viewModel) {
        TableView<FlowKpis> table = new TableView<>(viewModel.flows());
        table.setId("kpi-flows");
        table.setPlaceholder(new Label("No flow has figures yet."));
        table.getColumns().add(column("Flow", 90, FlowKpis::flowId));
        table.getColumns().add(column("Failures", 90, flow -> trend(flow, period -> (double) period.failures(),
                value -> String.valueOf(Math.round(value)))));
        table.getColumns().add(column("Replays / failure", 110, flow -> trend(flow, KpiPeriod::replaysPerFailure,
                value -> String.format(Locale.ROOT, "%.2f", value))));
        table.getColumns().add(column("Time to restore", 110, flow -> trend(flow, period ->
                period.meanTimeToRestoreSeconds() == null ? null : period.meanTimeToRestoreSeconds().doubleValue(),
                value -> duration(Math.round(value)))));
        table.getColumns().add(column("SLO met", 90, flow -> trend(flow, period -> period.sloAttainment() == null
                ? null : period.sloAttainment() * 100, value -> String.format(Locale.ROOT, "%.1f%%", value))));
        table.getColumns().add(column("Oldest waiting", 100, flow -> flow.oldestWaitingAgeSeconds() == null ? "none"
                : duration(flow.oldestWaitingAgeSeconds())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableView<ContractReleases.Release> contractTable(KpiViewModel viewModel) {
        TableView<ContractReleases.Release> table = new TableView<>(viewModel.releases());
        table.setId("kpi-contracts");
        table.setPlaceholder(new Label("No contract history: the workspace's contracts are not in git."));
        table.getColumns().add(column("Contract", 110, ContractReleases.Release::contract));
        table.getColumns().add(column("Release", 90, ContractReleases.Release::name));
        table.getColumns().add(column("Date", 95, release -> release.at() == null ? ""
                : release.at().toString().substring(0, 10)));
        table.getColumns().add(column("Breaking", 200, release -> release.problem() != null ? release.problem()
                : release.breaking() + " of " + release.changes() + " changes"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The latest period's value and how it moved since the one before (↑ ↓ =); "-" when there is none. */
    static String trend(FlowKpis flow, Function<KpiPeriod, Double> value, Function<Double, String> format) {
        List<KpiPeriod> periods = flow.periods();
        if (periods.isEmpty()) {
            return "-";
        }
        Double now = value.apply(periods.get(periods.size() - 1));
        Double before = periods.size() < 2 ? null : value.apply(periods.get(periods.size() - 2));
        if (now == null) {
            return "-";
        }
        String arrow = before == null ? "" : now > before ? " ↑" : now < before ? " ↓" : " =";
        return format.apply(now) + arrow;
    }

    private void plot(List<FlowKpis> flows) {
        failures.getData().clear();
        attainment.getData().clear();
        for (FlowKpis flow : flows) {
            XYChart.Series<String, Number> failed = new XYChart.Series<>();
            failed.setName(flow.flowId());
            XYChart.Series<String, Number> met = new XYChart.Series<>();
            met.setName(flow.flowId());
            for (KpiPeriod period : flow.periods()) {
                String label = period.start().toString().substring(5);
                failed.getData().add(new XYChart.Data<>(label, period.failures()));
                if (period.sloAttainment() != null) {
                    met.getData().add(new XYChart.Data<>(label, period.sloAttainment() * 100));
                }
            }
            failures.getData().add(failed);
            attainment.getData().add(met);
        }
    }

    private static LineChart<String, Number> chart(String title, String unit) {
        NumberAxis values = new NumberAxis();
        values.setLabel(unit);
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), values);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(200);
        chart.getStyleClass().add("kpi-chart");
        return chart;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    static String duration(long seconds) {
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return seconds < 172_800 ? seconds / 3600 + " h" : seconds / 86_400 + " d";
    }
}
