package io.switchboard.monitor;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.audit.AuditViewModel;
import io.switchboard.monitor.connection.ConnectionState;
import io.switchboard.monitor.connection.ConnectionTracker;
import io.switchboard.monitor.connection.EventAggregator;
import io.switchboard.monitor.failures.FailureDetailViewModel;
import io.switchboard.monitor.failures.FailuresViewModel;
import io.switchboard.monitor.health.HealthViewModel;
import io.switchboard.monitor.replay.ReplayViewModel;
import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.Health;
import io.switchboard.runtimeclient.wire.Json;
import java.time.Duration;
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
    private EventSubscription subscription;
    private Tasks.Cancellable drainTimer = Tasks.Cancellable.NONE;

    /** {@code runtimeName}: what the operator calls this runtime (embedded, or its URL). */
    public MonitorViewModel(RuntimeClient client, Tasks tasks, String runtimeName) {
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
    }

    public void start() {
        connection.set(tracker.on(EventSubscription.State.CONNECTING, tasks.now()));
        replay.loadRole();
        failures.reload();
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
        replay.replaysHappened(batch.replays());
        replay.jobsProgressed(batch.jobs());
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
