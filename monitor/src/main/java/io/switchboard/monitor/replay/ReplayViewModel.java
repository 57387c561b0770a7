package io.switchboard.monitor.replay;

import static io.switchboard.monitor.connection.Calls.await;

import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.connection.Calls;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Replay as an operator does it during an incident: one message at once; a selection, a group or everything the
 * filter matches only after a dry run has said how many and the operator has said yes, then as a job the runtime
 * runs (throttled, with progress, cancellable), each message's outcome shown as it comes; edit-and-replay and
 * discard with a reason. What the token's role may not do is disabled, with the reason.
 */
public final class ReplayViewModel {

    public static final int MAX_OUTCOMES = 500;
    private static final Set<String> MAY_REPLAY = Set.of("operator", "designer", "admin");

    private final RuntimeClient client;
    private final Tasks tasks;
    private final Runnable changed;
    private final StringProperty role = new SimpleStringProperty("");
    private final BooleanProperty mayReplay = new SimpleBooleanProperty();
    private final StringProperty whyNot = new SimpleStringProperty("Connecting to the runtime…");
    private final ObjectProperty<PendingReplay> pending = new SimpleObjectProperty<>();
    private final ObjectProperty<ReplayJobView> job = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<String> outcomes = FXCollections.observableArrayList();

    /** {@code changed} runs when a replay or discard changed messages, so the lists read them again. */
    public ReplayViewModel(RuntimeClient client, Tasks tasks, Runnable changed) {
        this.client = client;
        this.tasks = tasks;
        this.changed = changed;
    }

    /** Asks the runtime who the token is, and enables what its role may do. */
    public void loadRole() {
        tasks.run(() -> await(client.session()), session -> {
            role.set(session.role());
            mayReplay.set(MAY_REPLAY.contains(session.role()));
            whyNot.set(mayReplay.get() ? "" : "The token '" + session.name() + "' is a " + session.role()
                    + ": replaying and discarding need an operator token");
        }, failure -> whyNot.set("The runtime did not say what this token may do: " + Calls.describe(failure)));
    }

    public StringProperty roleProperty() {
        return role;
    }

    public BooleanProperty mayReplayProperty() {
        return mayReplay;
    }

    /** Why replay is disabled, for the tooltip; empty when it is not. */
    public StringProperty whyNotProperty() {
        return whyNot;
    }

    public ObjectProperty<PendingReplay> pendingProperty() {
        return pending;
    }

    public ObjectProperty<ReplayJobView> jobProperty() {
        return job;
    }

    /** 0 to 1 while a job runs. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** Said when new messages failed in the group while its replay ran: the cause may not be fixed. */
    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Each message's outcome as it comes, newest first. */
    public ObservableList<String> outcomes() {
        return outcomes;
    }

    /** Replays one message now: the operator pressed replay on it. */
    public void replayOne(FailedMessageSummary message) {
        tasks.run(() -> await(client.replay(message.id(), new ReplayRequest(null, null, false))), outcome -> {
            addOutcome("#" + outcome.failedId() + " " + outcome.outcome().toLowerCase().replace('_', ' ') + ": "
                    + outcome.detail());
            changed.run();
        }, this::failed);
    }

    /** Replays a message with an edited payload; the reason is required and kept in the audit with both texts. */
    public void replayEdited(FailedMessageSummary message, String payload, String reason) {
        if (reason == null || reason.isBlank()) {
            problem.set("Say why the payload was edited: the reason is kept in the audit log.");
            return;
        }
        tasks.run(() -> await(client.replay(message.id(), new ReplayRequest(payload, reason, false))), outcome -> {
            addOutcome("#" + outcome.failedId() + " (edited) " + outcome.outcome().toLowerCase().replace('_', ' ')
                    + ": " + outcome.detail());
            changed.run();
        }, this::failed);
    }

    /** Sets a message aside for good. */
    public void discard(FailedMessageSummary message, String reason) {
        if (reason == null || reason.isBlank()) {
            problem.set("Say why the message is discarded: the reason is kept in the audit log.");
            return;
        }
        tasks.run(() -> await(client.discard(message.id(), reason)), discarded -> {
            addOutcome("#" + discarded.id() + " discarded: " + reason);
            changed.run();
        }, this::failed);
    }

    /** Counts what a replay of these ids, or of this filter, would take (a dry run), and waits for a yes. */
    public void ask(String description, List<Long> ids, FailedFilter filter) {
        tasks.run(() -> await(client.countReplayJob(ids, filter)),
                counted -> pending.set(new PendingReplay(description, counted.matched(), ids, filter)),
                this::failed);
    }

    /** The operator said no. */
    public void dismiss() {
        pending.set(null);
    }

    /** The operator said yes: the runtime runs it as a job. */
    public void confirm(int throttlePerSecond, String reason) {
        PendingReplay asked = pending.get();
        if (asked == null) {
            return;
        }
        pending.set(null);
        warning.set("");
        tasks.run(() -> await(client.createReplayJob(asked.ids(), asked.filter(), throttlePerSecond, reason)),
                created -> {
                    job.set(created);
                    running.set(true);
                    show(created.state(), created.done(), created.total(), created.outcomes());
                }, this::failed);
    }

    public void cancel() {
        ReplayJobView current = job.get();
        if (current != null && running.get()) {
            tasks.run(() -> await(client.cancelReplayJob(current.id())), cancelling -> { }, this::failed);
        }
    }

    /** Progress of jobs from the stream; only the one this monitor started is shown. */
    public void jobsProgressed(Map<Long, RuntimeEventMessage> events) {
        ReplayJobView current = job.get();
        if (current == null || !events.containsKey(current.id())) {
            return;
        }
        Map<String, Object> data = events.get(current.id()).data();
        String state = String.valueOf(data.get("state"));
        show(state, number(data.get("done")), number(data.get("total")), counts(data.get("outcomes")));
        if (state.equals("DONE") || state.equals("CANCELLED") || state.equals("INTERRUPTED")) {
            running.set(false);
            tasks.run(() -> await(client.replayJob(current.id())), finished -> {
                job.set(finished);
                if (finished.newFailuresSinceStart() > 0) {
                    warning.set(finished.newFailuresSinceStart() + " new message"
                            + (finished.newFailuresSinceStart() == 1 ? "" : "s") + " failed in this group while it "
                            + "was replayed: the cause may not be fixed yet");
                }
                changed.run();
            }, this::failed);
        }
    }

    /** Each message's outcome from the stream. */
    public void replaysHappened(List<RuntimeEventMessage> events) {
        ReplayJobView current = job.get();
        for (RuntimeEventMessage event : events) {
            Object jobId = event.data().get("jobId");
            if (jobId == null || current != null && number(jobId) == current.id()) {
                addOutcome("#" + number(event.data().get("failedId")) + " "
                        + String.valueOf(event.data().get("outcome")).toLowerCase().replace('_', ' '));
            }
        }
    }

    private void show(String state, long done, long total, Map<String, Long> counts) {
        progress.set(total == 0 ? 1 : (double) done / total);
        progressText.set(state.toLowerCase() + ": " + done + " of " + total + " — "
                + counts.getOrDefault("DELIVERED", 0L) + " delivered, "
                + (counts.getOrDefault("SKIPPED_DUPLICATE", 0L) + counts.getOrDefault("SKIPPED_IN_PROGRESS", 0L))
                + " skipped as duplicates, " + counts.getOrDefault("FAILED", 0L) + " failed again");
    }

    private void addOutcome(String line) {
        outcomes.add(0, line);
        if (outcomes.size() > MAX_OUTCOMES) {
            outcomes.remove(MAX_OUTCOMES, outcomes.size());
        }
    }

    private void failed(Exception failure) {
        problem.set(Calls.describe(failure));
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Long> counts = new java.util.HashMap<>();
        ((Map<String, Object>) map).forEach((key, count) -> counts.put(key, number(count)));
        return counts;
    }
}
