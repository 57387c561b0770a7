package io.switchboard.monitor.health;

import io.switchboard.runtimeclient.wire.FlowHealth;
import io.switchboard.runtimeclient.wire.Health;
import io.switchboard.runtimeclient.wire.Objectives;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Flow health from the runtime's snapshots (one a second on the stream): a tile per flow with its level against
 * its thresholds, the runtime's totals, and the last {@link #WINDOW} of delivered and failed messages per second.
 * Rates are taken between two snapshots, from the counters the runtime keeps since it started.
 */
public final class HealthViewModel {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** The error rate is over this last stretch: steady enough to read, recent enough to act on. */
    public static final Duration RATE_WINDOW = Duration.ofSeconds(60);

    private final ObservableList<FlowTile> tiles = FXCollections.observableArrayList();
    private final Map<String, FlowTile> byFlow = new HashMap<>();
    private final Map<String, Thresholds> thresholds = new HashMap<>();
    private final Map<String, FlowHealth> previous = new HashMap<>();
    private final Map<String, java.util.ArrayDeque<Counted>> recent = new HashMap<>();
    private final ObservableList<HealthSample> history = FXCollections.observableArrayList();
    private final ObservableList<DeployMark> deploys = FXCollections.observableArrayList();
    private final DoubleProperty deliveredPerSecond = new SimpleDoubleProperty();
    private final DoubleProperty failedPerSecond = new SimpleDoubleProperty();
    private final LongProperty failedWaiting = new SimpleLongProperty();
    private final javafx.beans.property.StringProperty runtimes = new javafx.beans.property.SimpleStringProperty("");
    private Instant previousAt;
    private BiConsumer<String, HealthLevel> onLevelChange = (flow, level) -> { };

    public ObservableList<FlowTile> tiles() {
        return tiles;
    }

    /** Oldest first, at most {@link #WINDOW} long. */
    public ObservableList<HealthSample> history() {
        return history;
    }

    /** Deploys and rollbacks within the chart's {@link #WINDOW}, oldest first. */
    public ObservableList<DeployMark> deploys() {
        return deploys;
    }

    /** A deploy happened (from the stream, or read at start); one already marked is not marked twice. */
    public void deployed(DeployMark mark) {
        if (deploys.stream().noneMatch(known -> known.flowId().equals(mark.flowId())
                && known.version() == mark.version() && known.rollback() == mark.rollback()
                && known.at().equals(mark.at()))) {
            int at = 0;
            while (at < deploys.size() && !deploys.get(at).at().isAfter(mark.at())) {
                at++;
            }
            deploys.add(at, mark);
        }
    }

    public DoubleProperty deliveredPerSecondProperty() {
        return deliveredPerSecond;
    }

    public DoubleProperty failedPerSecondProperty() {
        return failedPerSecond;
    }

    /** For an environment of several runtimes, each one and what it delivered; empty for one runtime. */
    public javafx.beans.property.StringProperty runtimesProperty() {
        return runtimes;
    }

    public LongProperty failedWaitingProperty() {
        return failedWaiting;
    }

    /** Hears a flow's level change (a notification when it turns failing, say). */
    public void onLevelChange(BiConsumer<String, HealthLevel> listener) {
        this.onLevelChange = listener;
    }

    private final Map<String, Objectives> objectives = new HashMap<>();

    /** A flow's thresholds and objective as the runtime keeps them (the defaults until read). */
    public Objectives objectives(String flowId) {
        Objectives known = objectives.get(flowId);
        if (known != null) {
            return known;
        }
        Thresholds shown = thresholds(flowId);
        return new Objectives(flowId, shown.degradedErrorRate(), shown.failingErrorRate(), shown.degradedP95Ms(),
                shown.failingP95Ms(), 1_000, 0.01, false);
    }

    /** A flow's objectives as the runtime keeps them: its tile is judged by their thresholds from now on. */
    public void objectivesKnown(Objectives known) {
        objectives.put(known.flowId(), known);
        setThresholds(known.flowId(), new Thresholds(known.degradedErrorRate(), known.failingErrorRate(),
                known.degradedP95Ms(), known.failingP95Ms()));
    }

    public Thresholds thresholds(String flowId) {
        return thresholds.getOrDefault(flowId, Thresholds.DEFAULT);
    }

    public void setThresholds(String flowId, Thresholds chosen) {
        thresholds.put(flowId, chosen);
        FlowTile tile = byFlow.get(flowId);
        if (tile != null) {
            level(tile, chosen.classify(tile.stateProperty().get(), tile.errorRateProperty().get(),
                    tile.p95Property().get()));
        }
    }

    /** A snapshot taken at {@code at}. */
    public void update(Health health, Instant at) {
        double seconds = previousAt == null ? 0 : Math.max(0.001, Duration.between(previousAt, at).toMillis() / 1000.0);
        double delivered = 0;
        double failed = 0;
        for (FlowHealth flow : health.flows()) {
            FlowHealth before = previous.get(flow.flowId());
            long deliveredNow = before == null ? 0 : Math.max(0, flow.delivered() - before.delivered());
            long failedNow = before == null ? 0 : Math.max(0, flow.failed() - before.failed());
            if (seconds > 0) {
                delivered += deliveredNow / seconds;
                failed += failedNow / seconds;
            }
            double errorRate = errorRate(flow, at);
            FlowTile tile = byFlow.computeIfAbsent(flow.flowId(), id -> {
                FlowTile created = new FlowTile(id);
                tiles.add(created);
                return created;
            });
            tile.versionProperty().set(flow.version());
            tile.stateProperty().set(flow.state());
            tile.throughputProperty().set(flow.throughputPerSecond());
            tile.errorRateProperty().set(errorRate);
            tile.p95Property().set(flow.latencyP95Ms());
            tile.failedProperty().set(flow.failed());
            tile.lastErrorProperty().set(flow.lastError() == null ? "" : flow.lastError());
            level(tile, thresholds(flow.flowId()).classify(flow.state(), errorRate, flow.latencyP95Ms()));
            previous.put(flow.flowId(), flow);
        }
        List<String> gone = byFlow.keySet().stream()
                .filter(id -> health.flows().stream().noneMatch(flow -> flow.flowId().equals(id))).toList();
        gone.forEach(id -> {
            tiles.remove(byFlow.remove(id));
            recent.remove(id);
            previous.remove(id);
        });
        failedWaiting.set(health.failedWaiting());
        runtimes.set(health.instances() == null ? "" : health.instances().size() + " runtimes: "
                + health.instances().stream().map(one -> one.instance() + " ("
                        + one.flows().stream().mapToLong(FlowHealth::delivered).sum() + " delivered, up "
                        + java.time.Duration.ofSeconds(one.uptimeSeconds()).toMinutes() + " min)")
                .collect(java.util.stream.Collectors.joining(" · ")));
        if (previousAt != null) {
            deliveredPerSecond.set(delivered);
            failedPerSecond.set(failed);
            history.add(new HealthSample(at, delivered, failed));
            Instant oldest = at.minus(WINDOW);
            int drop = 0;
            while (drop < history.size() && history.get(drop).at().isBefore(oldest)) {
                drop++;
            }
            if (drop > 0) {
                history.remove(0, drop);
            }
            deploys.removeIf(mark -> mark.at().isBefore(oldest));
        }
        previousAt = at;
    }

    private record Counted(Instant at, long delivered, long failed) {
    }

    /** Failed among the messages that ended over the last {@link #RATE_WINDOW}, from the counters kept then. */
    private double errorRate(FlowHealth flow, Instant at) {
        java.util.ArrayDeque<Counted> kept = recent.computeIfAbsent(flow.flowId(), id -> new java.util.ArrayDeque<>());
        kept.addLast(new Counted(at, flow.delivered(), flow.failed()));
        while (kept.size() > 2 && kept.peekFirst().at().isBefore(at.minus(RATE_WINDOW))) {
            kept.removeFirst();
        }
        Counted oldest = kept.peekFirst();
        long delivered = Math.max(0, flow.delivered() - oldest.delivered());
        long failed = Math.max(0, flow.failed() - oldest.failed());
        return delivered + failed == 0 ? 0 : (double) failed / (delivered + failed);
    }

    private void level(FlowTile tile, HealthLevel level) {
        if (tile.levelProperty().get() != level) {
            tile.levelProperty().set(level);
            onLevelChange.accept(tile.flowId(), level);
        }
    }
}
