package io.switchboard.monitor;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.audit.AuditViewModel;
import io.switchboard.monitor.kpi.ContractReleases;
import io.switchboard.monitor.kpi.KpiViewModel;
import io.switchboard.monitor.connection.ConnectionState;
import io.switchboard.monitor.connection.ConnectionTracker;
import io.switchboard.monitor.connection.EventAggregator;
import io.switchboard.monitor.failures.FailureDetailViewModel;
import io.switchboard.monitor.failures.FailuresViewModel;
import io.switchboard.monitor.connection.Calls;
import io.switchboard.monitor.health.DeployMark;
import io.switchboard.monitor.health.HealthViewModel;
import io.switchboard.monitor.replay.ReplayViewModel;
import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FlowSummary;
import io.switchboard.runtimeclient.wire.FlowVersion;
import io.switchboard.runtimeclient.wire.Health;
import io.switchboard.runtimeclient.wire.Objectives;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.switchboard.runtimeclient.wire.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The monitor of one runtime: its connection, the stream drained through the {@link EventAggregator} every
 * {@link #DRAIN_EVERY} (never a hop to the FX thread per event), and the health, failures, details and replay it
 * feeds. After a reconnect the stream resumes from the last event it had; when the runtime no longer holds what
 * was missed it says so and the lists are loaded again, so no row is lost or shown twice.
 */
public final class MonitorViewModel implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MonitorViewModel.class);

    public static final Duration DRAIN_EVERY = Duration.ofMillis(250);

    private final RuntimeClient client;
    private final Tasks tasks;
    private final String runtimeName;
    private final EventAggregator aggregator = new EventAggregator();
    private final ConnectionTracker tracker = new ConnectionTracker();
    private final ReadOnlyObjectWrapper<ConnectionState> connection =
            new ReadOnlyObjectWrapper<>(ConnectionState.CLOSED);
    private final HealthViewModel health = new HealthViewModel();
    private final FailuresViewModel failures;
    private final FailureDetailViewModel details;
    private final ReplayViewModel replay;
    private final AuditViewModel audit;
    private final KpiViewModel kpis;
    private EventSubscription subscription;
    private Tasks.Cancellable drainTimer = Tasks.Cancellable.NONE;

    /** {@code runtimeName}: what the operator calls this runtime (embedded, or its URL). */
    public MonitorViewModel(RuntimeClient client, Tasks tasks, String runtimeName) {
        this(client, tasks, runtimeName, ContractReleases.NONE);
    }

    /** As above, with the contracts' releases for the KPIs (from the workspace the app has open). */
    public MonitorViewModel(RuntimeClient client, Tasks tasks, String runtimeName, ContractReleases releases) {
        this.client = client;
        this.tasks = tasks;
        this.runtimeName = runtimeName;
        this.failures = new FailuresViewModel(client, tasks);
        this.details = new FailureDetailViewModel(client, tasks);
        this.replay = new ReplayViewModel(client, tasks, () -> {
            failures.reload();
            details.refresh();
        });
        this.audit = new AuditViewModel(client, tasks);
        this.kpis = new KpiViewModel(client, tasks, releases);
    }

    public void start() {
        connection.set(tracker.on(EventSubscription.State.CONNECTING, tasks.now()));
        replay.loadRole();
        failures.reload();
        loadObjectives();
        loadRecentDeploys();
        subscription = client.events(aggregator::add, aggregator::streamState);
        drainTimer = tasks.later(DRAIN_EVERY, this::drain);
    }

    public String runtimeName() {
        return runtimeName;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public HealthViewModel health() {
        return health;
    }

    public FailuresViewModel failures() {
        return failures;
    }

    public FailureDetailViewModel details() {
        return details;
    }

    public ReplayViewModel replay() {
        return replay;
    }

    public AuditViewModel audit() {
        return audit;
    }

    public KpiViewModel kpis() {
        return kpis;
    }

    /** What the stream brought since the last drain, on the FX thread; the next drain is due whatever happens. */
    void drain() {
        try {
            apply(aggregator.drain());
        } catch (RuntimeException e) {
            LOG.error("The monitor could not show what the runtime sent", e);
        } finally {
            drainTimer = tasks.later(DRAIN_EVERY, this::drain);
        }
    }

    private void apply(EventAggregator.Batch batch) {
        ConnectionState before = connection.get();
        ConnectionState now = batch.stream() != null ? tracker.on(batch.stream(), tasks.now())
                : tracker.tick(tasks.now());
        connection.set(now);
        boolean resumed = now == ConnectionState.LIVE && before != ConnectionState.LIVE
                && before != ConnectionState.CONNECTING;
        if (batch.reset()) {
            failures.reload();
        } else if (resumed) {
            failures.failuresArrived();
        } else if (!batch.failures().isEmpty() || batch.failuresNotKept() > 0) {
            failures.failuresArrived(batch.failures(), batch.failuresNotKept());
        } else {
            failures.refreshGroupsWhenDue();
        }
        if (batch.health() != null) {
            health.update(Json.MAPPER.convertValue(batch.health().data().get("health"), Health.class),
                    batch.health().at());
        }
        for (RuntimeEventMessage deploy : batch.deploys()) {
            Object version = deploy.data().get("version");
            if (deploy.flowId() != null && version instanceof Number number) {
                health.deployed(new DeployMark(deploy.at(), deploy.flowId(), number.intValue(),
                        Boolean.TRUE.equals(deploy.data().get("rollback"))));
            }
        }
        replay.replaysHappened(batch.replays());
        replay.jobsProgressed(batch.jobs());
    }

    /** The flows' thresholds, as the runtime keeps them for every monitor. */
    private void loadObjectives() {
        tasks.run(() -> Calls.await(client.objectives()), all -> all.forEach(health::objectivesKnown),
                failure -> LOG.warn("The flows' thresholds could not be read; the defaults apply: {}",
                        Calls.describe(failure)));
    }

    /**
     * Sets a flow's thresholds and objective on the runtime (operators); {@code done} hears the problem, or an
     * empty text when it was saved.
     */
    public void saveObjectives(Objectives chosen, java.util.function.Consumer<String> done) {
        tasks.run(() -> Calls.await(client.setObjectives(chosen.flowId(), chosen)), saved -> {
            health.objectivesKnown(saved);
            done.accept("");
        }, failure -> done.accept(Calls.describe(failure)));
    }

    /** A flow's versions on this runtime, newest first, with who deployed each; {@code problem} hears a failure. */
    public void versions(String flowId, java.util.function.Consumer<List<FlowVersion>> show,
                         java.util.function.Consumer<String> problem) {
        tasks.run(() -> Calls.await(client.versions(flowId)), show, failure -> problem.accept(
                "The versions of " + flowId + " cannot be read: " + Calls.describe(failure)));
    }

    /**
     * Makes an earlier version of a flow active again (designers); the stream's deploy event marks it on the chart.
     * {@code done} hears the problem, or an empty text once it is active.
     */
    public void rollback(String flowId, int version, java.util.function.Consumer<String> done) {
        tasks.run(() -> Calls.await(client.rollback(flowId, version)), summary -> done.accept(""),
                failure -> done.accept("Rolling " + flowId + " back to v" + version + " failed: "
                        + Calls.describe(failure)));
    }

    /** The deploys of the chart's window that happened before the monitor started, read once. */
    private void loadRecentDeploys() {
        java.time.Instant since = tasks.now().minus(HealthViewModel.WINDOW);
        tasks.run(() -> {
            List<DeployMark> marks = new ArrayList<>();
            for (FlowSummary flow : Calls.await(client.flows())) {
                for (FlowVersion version : Calls.await(client.versions(flow.id()))) {
                    if (version.deployedAt() != null && version.deployedAt().isAfter(since)) {
                        marks.add(new DeployMark(version.deployedAt(), flow.id(), version.version(), false));
                    }
                }
            }
            return marks;
        }, marks -> marks.forEach(health::deployed), failure -> LOG.warn("Recent deploys could not be read: {}",
                Calls.describe(failure)));
    }

    @Override
    public void close() {
        drainTimer.cancel();
        if (subscription != null) {
            subscription.close();
        }
        connection.set(ConnectionState.CLOSED);
    }
}
