package io.switchboard.monitor;

import io.switchboard.icons.StudioIcon;
import io.switchboard.monitor.audit.AuditPane;
import io.switchboard.monitor.kpi.KpiPane;
import io.switchboard.monitor.connection.ConnectionState;
import io.switchboard.monitor.failures.DetailsPane;
import io.switchboard.monitor.failures.FailuresPane;
import io.switchboard.monitor.failures.OpenInDesigner;
import io.switchboard.monitor.health.HealthLevel;
import io.switchboard.monitor.health.HealthPane;
import io.switchboard.monitor.health.VersionsDialog;
import io.switchboard.monitor.replay.ReplayBar;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Monitor perspective: the connection's state (always visible), flow health, failure groups and failed
 * messages with the selected one's details, and replay. {@code alert} hears a flow turn failing, for a
 * notification; clicking it narrows the list to that flow.
 */
public final class MonitorView extends BorderPane {

    /**
     * What the app does for the monitor: tell of a flow turning failing, let the operator choose another runtime,
     * and open a failed message in the designer.
     */
    public record Hooks(Consumer<String> alert, Runnable chooseRuntime, Consumer<OpenInDesigner> openInDesigner) {

        public static Hooks none() {
            return new Hooks(flow -> { }, () -> { }, request -> { });
        }
    }

    public MonitorView(MonitorViewModel viewModel, Hooks hooks) {
        getStyleClass().add("monitor-view");
        setId("monitor");
        setTop(connectionBar(viewModel, hooks.chooseRuntime()));
        FailuresPane failures = new FailuresPane(viewModel.failures());
        viewModel.details().selectedProperty().bind(failures.table().getSelectionModel().selectedItemProperty());
        DetailsPane details = new DetailsPane(viewModel.details(), hooks.openInDesigner());
        ReplayBar replay = new ReplayBar(viewModel.replay(), new ReplayBar.Selection(
                failures.table().getSelectionModel().getSelectedItems(),
                viewModel.failures().groupProperty(), viewModel.failures()::filter,
                viewModel.details().detailProperty()));
        VBox right = new VBox(details, replay);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane lists = new SplitPane(failures, right);
        lists.setDividerPositions(0.64);
        TabPane tabs = tabs(viewModel, lists);
        HealthPane health = new HealthPane(viewModel.health(), new HealthPane.TileActions(flow -> {
            showFlow(viewModel, flow);
            tabs.getSelectionModel().select(0);
        }, viewModel.replay().mayReplayProperty(), viewModel::saveObjectives,
                (flow, problem) -> viewModel.versions(flow, versions -> VersionsDialog.show(getScene().getWindow(),
                        flow, viewModel.runtimeName(), versions, version -> viewModel.rollback(flow, version,
                                problem)), problem)));
        SplitPane body = new SplitPane(health, tabs);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.3);
        setCenter(body);
        viewModel.health().onLevelChange((flow, level) -> {
            if (level == HealthLevel.FAILING) {
                hooks.alert().accept(flow);
            }
        });
    }

    /** Narrows the failures to one flow: from a tile, or from a notification that the flow turned failing. */
    public static void showFlow(MonitorViewModel viewModel, String flow) {
        viewModel.failures().groupProperty().set(null);
        viewModel.failures().flowProperty().set(flow);
        viewModel.failures().reload();
    }

    private static TabPane tabs(MonitorViewModel viewModel, SplitPane failures) {
        Tab failed = new Tab("Failed messages", failures);
        failed.setId("tab-failures");
        failed.setGraphic(StudioIcon.FAILURES.create(14));
        Tab audit = new Tab("Audit", new AuditPane(viewModel.audit()));
        audit.setId("tab-audit");
        audit.setGraphic(StudioIcon.AUDIT.create(14));
        // The log grows with every action: read it when it is looked at.
        audit.setOnSelectionChanged(event -> {
            if (audit.isSelected()) {
                viewModel.audit().reload();
            }
        });
        Tab kpis = new Tab("KPIs", new KpiPane(viewModel.kpis()));
        kpis.setId("tab-kpis");
        kpis.setGraphic(StudioIcon.KPI.create(14));
        kpis.setOnSelectionChanged(event -> {
            if (kpis.isSelected()) {
                viewModel.kpis().reload();
            }
        });
        TabPane tabs = new TabPane(failed, audit, kpis);
        tabs.setId("monitor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static HBox connectionBar(MonitorViewModel viewModel, Runnable chooseRuntime) {
        Label state = new Label();
        state.setId("connection-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> viewModel.connectionProperty().get().label(),
                viewModel.connectionProperty()));
        state.graphicProperty().bind(Bindings.createObjectBinding(() -> (viewModel.connectionProperty().get()
                == ConnectionState.LIVE ? StudioIcon.CONNECTED : StudioIcon.DISCONNECTED).create(16),
                viewModel.connectionProperty()));
        state.getStyleClass().addAll("connection-state", style(viewModel.connectionProperty().get()));
        viewModel.connectionProperty().addListener((observable, old, now) -> {
            state.getStyleClass().remove(style(old));
            state.getStyleClass().add(style(now));
        });
        Label runtime = new Label(viewModel.runtimeName(), StudioIcon.RUNTIME.create(16));
        Label role = new Label();
        role.textProperty().bind(Bindings.createStringBinding(() -> viewModel.replay().roleProperty().get().isEmpty()
                ? "" : "as " + viewModel.replay().roleProperty().get(), viewModel.replay().roleProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = new Button("Reload", StudioIcon.RELOAD.create(14));
        reload.setId("monitor-reload");
        reload.setOnAction(event -> viewModel.failures().reload());
        Button other = new Button("Runtime…", StudioIcon.RUNTIME.create(14));
        other.setId("monitor-choose-runtime");
        other.setOnAction(event -> chooseRuntime.run());
        HBox bar = new HBox(12, state, runtime, role, spacer, other, reload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("connection-bar");
        return bar;
    }

    private static String style(ConnectionState state) {
        return "connection-" + state.name().toLowerCase();
    }
}
