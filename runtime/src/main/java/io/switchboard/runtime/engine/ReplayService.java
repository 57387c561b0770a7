package io.switchboard.runtime.engine;

import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.GroupCommitWriter;
import io.switchboard.runtime.store.IdempotencyStore;
import io.switchboard.runtime.store.KpiStore;
import io.switchboard.runtime.store.ReplayJobStore;
import io.switchboard.runtime.store.ReplayLog;
import io.switchboard.runtime.store.ReplayRecord.Outcome;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Replays failed messages through their flow, safely: a message is replayed by one caller at a time (its status
 * moves FAILED → REPLAYING atomically), and its idempotency key is claimed before sending, so a key already
 * delivered is skipped and reported, never delivered twice. The claim becomes a delivery only when the target has
 * answered success; a failed send, or a replay a crash cut short, gives it back. Every attempt, whatever its
 * outcome, is kept in the message's replay history and the audit log.
 */
public final class ReplayService {

    /**
     * What an operator asks for. {@code editedPayload} null replays the original; {@code jobId} names the replay
     * job it is part of, whose record of the outcome then commits with the outcome itself.
     */
    public record Request(byte[] editedPayload, String reason, boolean pinToFailedVersion, Long jobId) {

        public Request(byte[] editedPayload, String reason, boolean pinToFailedVersion) {
            this(editedPayload, reason, pinToFailedVersion, null);
        }
    }

    public record Result(long failedId, Outcome outcome, Integer flowVersion, String detail) {
    }

    private final FailedMessageStore store;
    private final IdempotencyStore keys;
    private final ReplayLog replays;
    private final AuditLog audit;
    private final FlowRegistry registry;
    private final RuntimeEvents events;
    private final Supplier<ProducerTemplate> producer;
    private final GroupCommitWriter writer;
    private final String instance;

    public ReplayService(FailedMessageStore store, IdempotencyStore keys, ReplayLog replays, AuditLog audit,
                         FlowRegistry registry, RuntimeEvents events, Supplier<ProducerTemplate> producer,
                         GroupCommitWriter writer, String instance) {
        this.instance = instance;
        this.writer = writer;
        this.store = store;
        this.keys = keys;
        this.replays = replays;
        this.audit = audit;
        this.registry = registry;
        this.events = events;
        this.producer = producer;
    }

    /** Replays one message and waits until its outcome is committed; empty when there is no such message. */
    public Optional<Result> replay(long failedId, Request request, Actor actor) {
        return replay(failedId, request, actor, true).map(CompletableFuture::join);
    }

    /**
     * Replays one message without waiting for its outcome's commit, which then shares a commit with the next
     * replays' claims: for many replays at once. The future completes once the outcome is committed.
     */
    public Optional<CompletableFuture<Result>> replayCommittingLater(long failedId, Request request, Actor actor) {
        return replay(failedId, request, actor, false);
    }

    private Optional<CompletableFuture<Result>> replay(long failedId, Request request, Actor actor, boolean await) {
        Optional<FailedMessage> found = store.find(failedId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Prepared prepared = prepare(found.get(), request);
        Start start = writer.execute(connection -> begin(connection, prepared));
        return Optional.of(complete(prepared, start, request, actor, await));
    }

    /** A replay under way: {@code sent} completes when the target has answered, {@code committed} with its outcome. */
    public record Replaying(CompletableFuture<Void> sent, CompletableFuture<Result> committed) {
    }

    /**
     * Replays several messages of one job: reads them, takes them and claims their keys in one commit (one sync
     * for all of them instead of one each), then sends each on {@code sending}; each outcome commits with the
     * next writes (at most {@code GroupCommitWriter.LINGER_NANOS} later). A message no longer stored has no entry.
     */
    public Map<Long, Replaying> replayAll(List<Long> failedIds, Request request, Actor actor, Executor sending) {
        List<Prepared> prepared = failedIds.stream().map(store::find).flatMap(Optional::stream)
                .map(message -> prepare(message, request)).toList();
        List<Start> starts = writer.execute(connection -> {
            List<Start> taken = new ArrayList<>(prepared.size());
            for (Prepared one : prepared) {
                taken.add(begin(connection, one));
            }
            return taken;
        });
        Map<Long, Replaying> results = new LinkedHashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared one = prepared.get(i);
            Start start = starts.get(i);
            CompletableFuture<CompletableFuture<Result>> sent = CompletableFuture.supplyAsync(
                    () -> complete(one, start, request, actor, false), sending);
            results.put(one.message().id(), new Replaying(sent.thenApply(outcome -> null),
                    sent.thenCompose(outcome -> outcome)));
        }
        return results;
    }

    /** How many lines an edit changed, for the audit line: "3 of 40 lines changed". */
    static String changedLines(byte[] original, byte[] edited) {
        List<String> before = new String(original, StandardCharsets.UTF_8).lines().toList();
        List<String> after = new String(edited, StandardCharsets.UTF_8).lines().toList();
        int lines = Math.max(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < lines; i++) {
            if (i >= before.size() || i >= after.size() || !before.get(i).equals(after.get(i))) {
                changed++;
            }
        }
        return changed + " of " + lines + " line" + (lines == 1 ? "" : "s") + " changed";
    }

    /** A message read and ready to be taken: its flow as hosted now, what is sent, and the key it is sent under. */
    private record Prepared(FailedMessage message, Optional<HostedFlow> hosted, byte[] payload, String key) {
    }

    private Prepared prepare(FailedMessage message, Request request) {
        Optional<HostedFlow> hosted = request.pinToFailedVersion()
                ? registry.version(message.flowId(), message.flowVersion())
                : registry.active(message.flowId());
        byte[] payload = request.editedPayload() != null ? request.editedPayload() : message.payload();
        String key = hosted.flatMap(flow -> IdempotencyKeys.of(flow.flow(), payload)).orElse(message.idempotencyKey());
        return new Prepared(message, hosted, payload, hosted.isPresent() ? key : null);
    }

    /** After the message was taken (or not): sends it when it was, and commits the outcome. */
    private CompletableFuture<Result> complete(Prepared prepared, Start start, Request request, Actor actor,
                                               boolean await) {
        FailedMessage message = prepared.message();
        long failedId = message.id();
        String key = prepared.key();
        Optional<HostedFlow> hosted = prepared.hosted();
        FailedMessage.Status next;
        Result result;
        Integer version = hosted.map(HostedFlow::version).orElse(null);
        switch (start) {
            case TAKEN -> {
                Outcome outcome = message.status() == FailedMessage.Status.REPLAYED ? Outcome.SKIPPED_DUPLICATE
                        : Outcome.SKIPPED_IN_PROGRESS;
                result = new Result(failedId, outcome, null, "the message is " + message.status().name().toLowerCase());
                next = null;
            }
            case KEY_IN_PROGRESS -> {
                result = new Result(failedId, Outcome.SKIPPED_IN_PROGRESS, version,
                        "idempotency key " + key + " is being replayed by another message right now");
                next = null;
            }
            case KEY_DELIVERED -> {
                result = new Result(failedId, Outcome.SKIPPED_DUPLICATE, version,
                        "idempotency key " + key + " was already delivered");
                next = FailedMessage.Status.REPLAYED;
            }
            default -> {
                if (hosted.isEmpty()) {
                    result = new Result(failedId, Outcome.FAILED, null, "flow " + message.flowId()
                            + (request.pinToFailedVersion() ? " v" + message.flowVersion() : "") + " is not deployed");
                } else {
                    String failure = send(hosted.get(), message, prepared.payload());
                    result = failure == null ? new Result(failedId, Outcome.DELIVERED, version, "delivered")
                            : new Result(failedId, Outcome.FAILED, version, failure);
                }
                next = result.outcome() == Outcome.DELIVERED ? FailedMessage.Status.REPLAYED
                        : FailedMessage.Status.FAILED;
            }
        }
        String claimed = start == Start.STARTED ? key : null;
        return finish(message, request, actor, result, next, claimed, await);
    }

    private enum Start { STARTED, TAKEN, KEY_DELIVERED, KEY_IN_PROGRESS }

    /** Takes the message (FAILED → REPLAYING, as this runtime's) and claims its key, inside the caller's commit. */
    private Start begin(Connection connection, Prepared prepared) throws SQLException {
        FailedMessage message = prepared.message();
        String key = prepared.key();
        if (!FailedMessageStore.transition(connection, message.id(), FailedMessage.Status.FAILED,
                FailedMessage.Status.REPLAYING, instance)) {
            return Start.TAKEN;
        }
        IdempotencyStore.Claim claim = key == null ? IdempotencyStore.Claim.CLAIMED
                : IdempotencyStore.claim(connection, message.flowId(), key, message.id());
        return switch (claim) {
            case CLAIMED -> Start.STARTED;
            case DELIVERED -> Start.KEY_DELIVERED;
            case IN_PROGRESS -> {
                FailedMessageStore.transition(connection, message.id(), FailedMessage.Status.REPLAYING,
                        FailedMessage.Status.FAILED);
                yield Start.KEY_IN_PROGRESS;
            }
        };
    }

    private String send(HostedFlow hosted, FailedMessage message, byte[] payload) {
        Exchange exchange = producer.get().send(hosted.processingUri(), out -> {
            out.setProperty(FailureRecorder.REPLAY_OF, message.id());
            out.getMessage().setHeader(FailureRecorder.CORRELATION_HEADER, message.correlationId());
            out.getMessage().setBody(new String(payload, StandardCharsets.UTF_8));
        });
        return failureOf(exchange);
    }

    /**
     * Gives back the messages a killed runtime left in the middle of a replay: each becomes FAILED again, with a
     * history entry and an audit line, and its key's claim is released. Nothing says the target received it, so it
     * is never taken as delivered: a later replay sends it (at least once, perhaps twice). Answers how many there
     * were.
     */
    public int recoverInterrupted() {
        return writer.execute(connection -> {
            List<Interrupted> interrupted = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, flow_id, flow_version FROM failed_message WHERE status = ?")) {
                select.setString(1, FailedMessage.Status.REPLAYING.name());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        interrupted.add(new Interrupted(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            IdempotencyStore.releaseAllClaims(connection);
            for (Interrupted message : interrupted) {
                waitAgain(connection, message, INTERRUPTED);
            }
            return interrupted.size();
        });
    }

    /**
     * With a shared store: the messages runtimes no longer alive were replaying wait again, their keys' claims
     * given back, as {@link #recoverInterrupted} does at a start with no other runtime alive. Answers how many.
     */
    public int recoverGone(List<String> alive) {
        return writer.execute(connection -> {
            List<Interrupted> interrupted = new ArrayList<>();
            // Never empty: this runtime is among the alive.
            String placeholders = String.join(", ", java.util.Collections.nCopies(alive.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT id, flow_id, flow_version "
                    + "FROM failed_message WHERE status = ? AND replaying_by IS NOT NULL AND replaying_by NOT IN ("
                    + placeholders + ")")) {
                select.setString(1, FailedMessage.Status.REPLAYING.name());
                for (int i = 0; i < alive.size(); i++) {
                    select.setString(i + 2, alive.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        interrupted.add(new Interrupted(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            for (Interrupted message : interrupted) {
                IdempotencyStore.releaseClaimOf(connection, message.id());
                waitAgain(connection, message, GONE);
            }
            return interrupted.size();
        });
    }

    private record Interrupted(long id, String flowId, int flowVersion) {
    }

    /** A replay cut short: the message waits again, with its history's and the audit log's line saying why. */
    private static void waitAgain(Connection connection, Interrupted message, String why) throws SQLException {
        FailedMessageStore.transition(connection, message.id(), FailedMessage.Status.REPLAYING,
                FailedMessage.Status.FAILED);
        ReplayLog.append(connection, message.id(), RUNTIME_ACTOR, RUNTIME_ROLE, Outcome.FAILED, null,
                message.flowVersion(), null, why);
        AuditLog.append(connection, RUNTIME_ACTOR, RUNTIME_ROLE, "replay", message.flowId(), message.flowVersion(),
                String.valueOf(message.id()), why);
    }

    static final String GONE = "the runtime replaying it is gone; the target may or may not have received the "
            + "message, so it is waiting again: a replay sends it once more";

    static final String INTERRUPTED = "the runtime stopped during this replay; the target may or may not have "
            + "received the message, so it is waiting again: a replay sends it once more";
    private static final String RUNTIME_ACTOR = "runtime";
    private static final String RUNTIME_ROLE = "system";

    /** Sets a message aside for good, with a reason; false when it is not (or no longer) waiting. */
    public boolean discard(long failedId, String reason, Actor actor) {
        Optional<FailedMessage> message = store.find(failedId);
        if (message.isEmpty() || !store.transition(failedId, FailedMessage.Status.FAILED,
                FailedMessage.Status.DISCARDED)) {
            return false;
        }
        replays.append(failedId, actor.name(), actor.role(), Outcome.DISCARDED, reason, null, null, null);
        audit.append(actor.name(), actor.role(), "discard", message.get().flowId(), message.get().flowVersion(),
                String.valueOf(failedId), reason);
        return true;
    }

    private static String failureOf(Exchange exchange) {
        if (exchange.getException() != null) {
            return FailureRecorder.describe(exchange.getException());
        }
        Object failed = exchange.getProperty(FailureRecorder.FAILED_PROPERTY);
        if (failed != null) {
            return failed.toString();
        }
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status == null || status < 400) {
            return null;
        }
        Exception handled = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return "rejected with HTTP " + status + (handled == null ? "" : ": " + FailureRecorder.describe(handled));
    }

    /**
     * The message's new status, its key confirmed as delivered or given back, the replay's history entry and its
     * audit line: one commit, which the caller may wait for or not.
     */
    private CompletableFuture<Result> finish(FailedMessage message, Request request, Actor actor, Result result,
                                             FailedMessage.Status next, String claimedKey, boolean await) {
        GroupCommitWriter.Write<Void> write = connection -> {
            if (next != null) {
                FailedMessageStore.transition(connection, message.id(), FailedMessage.Status.REPLAYING, next);
            }
            if (claimedKey != null && result.outcome() == Outcome.DELIVERED) {
                IdempotencyStore.confirm(connection, message.flowId(), claimedKey);
            } else if (claimedKey != null) {
                IdempotencyStore.release(connection, message.flowId(), claimedKey);
            }
            ReplayLog.append(connection, message.id(), actor.name(), actor.role(), result.outcome(), request.reason(),
                    result.flowVersion(), request.editedPayload(), result.detail());
            KpiStore.replayed(connection, message.flowId(), java.time.Instant.now());
            if (request.jobId() != null) {
                ReplayJobStore.recorded(connection, request.jobId(), message.id(), result.outcome(), result.detail());
            }
            if (request.jobId() == null) {
                // A job's replays are audited as the job (created over which messages, by whom, why; how it ended):
                // ten thousand lines for one group replay would bury every other action. Each message's own replay
                // is in its history and among the job's items.
                AuditLog.append(connection, actor.name(), actor.role(), "replay", message.flowId(),
                        result.flowVersion(), String.valueOf(message.id()),
                        result.outcome() + (request.reason() == null ? "" : ": " + request.reason())
                                + (request.editedPayload() == null ? "" : " (payload edited: "
                                + changedLines(message.payload(), request.editedPayload())
                                + "; the original and the edit are kept in the message's history)"));
            }
            return null;
        };
        CompletableFuture<Void> committed;
        if (await) {
            writer.execute(write);
            committed = CompletableFuture.completedFuture(null);
        } else {
            committed = writer.submit(write);
        }
        return committed.thenApply(ignored -> {
            Map<String, Object> data = new java.util.HashMap<>(Map.of("failedId", message.id(),
                    "outcome", result.outcome().name(), "detail", result.detail()));
            if (request.jobId() != null) {
                data.put("jobId", request.jobId());
            }
            events.publish(RuntimeEvent.of(RuntimeEvent.Type.REPLAY, message.flowId(), data));
            return result;
        });
    }
}
