package io.switchboard.monitor.kpi;

import static io.switchboard.monitor.connection.Calls.await;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.connection.Calls;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FlowKpis;
import io.switchboard.runtimeclient.wire.KpiReport;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a team lead opens on Monday: per flow and period, failures, replays per failure, mean time to restore, SLO
 * attainment and the oldest waiting failure (from the runtime), and breaking changes per contract release (from
 * the workspace). Read when shown and on request; both in the background.
 */
public final class KpiViewModel {

    /** Day or week, with how many of them are shown. */
    public enum Period {
        DAYS("day", 14, "last 14 days"), WEEKS("week", 8, "last 8 weeks");

        private final String wire;
        private final int count;
        private final String label;

        Period(String wire, int count, String label) {
            this.wire = wire;
            this.count = count;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final RuntimeClient client;
    private final Tasks tasks;
    private final ContractReleases contracts;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.DAYS);
    private final ReadOnlyObjectWrapper<KpiReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FlowKpis> flows = FXCollections.observableArrayList();
    private final ObservableList<ContractReleases.Release> releases = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private long generation;

    public KpiViewModel(RuntimeClient client, Tasks tasks, ContractReleases contracts) {
        this.client = client;
        this.tasks = tasks;
        this.contracts = contracts;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<KpiReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Each flow's periods, oldest first. */
    public ObservableList<FlowKpis> flows() {
        return flows;
    }

    public ObservableList<ContractReleases.Release> releases() {
        return releases;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public void reload() {
        long ticket = ++generation;
        Period chosen = period.get() == null ? Period.DAYS : period.get();
        tasks.run(() -> await(client.kpis(chosen.wire, chosen.count, null)), loaded -> {
            if (ticket == generation) {
                report.set(loaded);
                flows.setAll(loaded.flows());
                problem.set("");
            }
        }, failure -> {
            if (ticket == generation) {
                problem.set("The KPIs could not be read: " + Calls.describe(failure));
            }
        });
        tasks.run(contracts::releases, loaded -> {
            if (ticket == generation) {
                releases.setAll(loaded);
            }
        }, failure -> {
            if (ticket == generation) {
                releases.setAll(List.of(new ContractReleases.Release("", "", null, -1, -1,
                        "The contracts' history could not be read: " + Calls.describe(failure))));
            }
        });
    }
}
