package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The idempotency keys delivered per flow. A replay first <em>claims</em> its key: the claim is the primary key
 * of the row, so of two replays racing for the same key exactly one wins; the loser is told the key is taken. A
 * claim names the message being replayed and becomes a delivery only once the target has answered success
 * ({@link #confirm}); a claim whose delivery failed, or whose replay a crash cut short, is released.
 */
public final class IdempotencyStore {

    /** What a claim found. */
    public enum Claim { CLAIMED, DELIVERED, IN_PROGRESS }

    private static final String DUPLICATE_KEY = "23505";

    private final Database database;
    private final Queue<DeliveredKey> unwritten = new ConcurrentLinkedQueue<>();
    /** The keys in {@code unwritten}, for a receiver asking about a delivery not yet written. */
    private final java.util.Set<String> unwrittenKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writeQueued = new AtomicBoolean();

    public IdempotencyStore(Database database) {
        this.database = database;
    }

    /**
     * Claims a key for the replay of message {@code failedId}, inside a write that does more in the same
     * transaction. Goes through the same ordered writer as {@link #recordDelivered}, so a delivery recorded earlier
     * is always seen.
     */
    public static Claim claim(Connection connection, String flowId, String key, long failedId) throws SQLException {
        // The insert that fails on the duplicate is the claim (not a read, then a write). PostgreSQL aborts the
        // whole transaction on a failed statement, so it is tried under a savepoint, given back when it fails.
        java.sql.Savepoint beforeClaim = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO delivered_key (flow_id, idempotency_key, delivered_at, claimed_by) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, flowId);
            insert.setString(2, key);
            insert.setObject(3, FailedMessageStore.utc(Instant.now()));
            insert.setLong(4, failedId);
            insert.executeUpdate();
            connection.releaseSavepoint(beforeClaim);
            return Claim.CLAIMED;
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeClaim);
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT claimed_by FROM delivered_key WHERE flow_id = ? AND idempotency_key = ?")) {
            select.setString(1, flowId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                rows.getLong(1);
                return rows.wasNull() ? Claim.DELIVERED : Claim.IN_PROGRESS;
            }
        }
    }

    /** Turns a claim into a delivery, once the target has answered success. */
    public static void confirm(Connection connection, String flowId, String key) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE delivered_key SET claimed_by = NULL, "
                + "delivered_at = ? WHERE flow_id = ? AND idempotency_key = ?")) {
            update.setObject(1, FailedMessageStore.utc(Instant.now()));
            update.setString(2, flowId);
            update.setString(3, key);
            update.executeUpdate();
        }
    }

    /** Gives a claim back after its delivery failed; a delivery recorded meanwhile stays. */
    public static int release(Connection connection, String flowId, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM delivered_key "
                + "WHERE flow_id = ? AND idempotency_key = ? AND claimed_by IS NOT NULL")) {
            delete.setString(1, flowId);
            delete.setString(2, key);
            return delete.executeUpdate();
        }
    }

    /** Gives back the claim a replay of message {@code failedId} held (its runtime is gone). */
    public static int releaseClaimOf(Connection connection, long failedId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM delivered_key WHERE claimed_by = ?")) {
            delete.setLong(1, failedId);
            return delete.executeUpdate();
        }
    }

    /** At start, before any replay runs: every claim left is one a stop cut short. */
    public static int releaseAllClaims(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM delivered_key WHERE claimed_by IS NOT NULL")) {
            return delete.executeUpdate();
        }
    }

    /**
     * Records a delivery without waiting for the commit: the message is delivered either way, and the key is only
     * needed by later replays, which queue behind it. Keys recorded meanwhile are written together, by one batched
     * statement, in the writer's next commit.
     */
    public void recordDelivered(String flowId, String key) {
        unwrittenKeys.add(flowId + '\n' + key);
        unwritten.add(new DeliveredKey(flowId, key, Instant.now()));
        // The flag is cleared before the queued write drains: a key added later is drained by it or queues another.
        if (writeQueued.compareAndSet(false, true)) {
            database.writer().submit(new UnwrittenKeys());
        }
    }

    private record DeliveredKey(String flowId, String key, Instant at) {
    }

    /** Drains the keys on its first run; a retry after its batch failed writes the same keys again. */
    private final class UnwrittenKeys implements GroupCommitWriter.Write<Integer> {
        private List<DeliveredKey> keys;

        @Override
        public Integer apply(Connection connection) throws SQLException {
            if (keys == null) {
                writeQueued.set(false);
                keys = new ArrayList<>();
                for (DeliveredKey next = unwritten.poll(); next != null; next = unwritten.poll()) {
                    keys.add(next);
                }
            }
            if (keys.isEmpty()) {
                return 0;
            }
            try (PreparedStatement merge = connection.prepareStatement(database.upsert("delivered_key",
                    List.of("flow_id", "idempotency_key", "delivered_at", "claimed_by"), 2))) {
                for (DeliveredKey delivered : keys) {
                    merge.setString(1, delivered.flowId());
                    merge.setString(2, delivered.key());
                    merge.setObject(3, FailedMessageStore.utc(delivered.at()));
                    merge.setNull(4, java.sql.Types.BIGINT);
                    merge.addBatch();
                }
                merge.executeBatch();
                // Read from the table from now on (the commit is the writer's next step, before anyone is answered).
                keys.forEach(written -> unwrittenKeys.remove(written.flowId() + '\n' + written.key()));
                return keys.size();
            }
        }
    }

    /** What is known of a key: delivered, being delivered by a replay that claimed it, or nothing. */
    public enum Known { NOTHING, DELIVERED, IN_PROGRESS }

    public Known known(String flowId, String key) {
        if (unwrittenKeys.contains(flowId + '\n' + key)) {
            return Known.DELIVERED;
        }
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT claimed_by FROM delivered_key WHERE flow_id = ? AND idempotency_key = ?")) {
            select.setString(1, flowId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Known.NOTHING;
                }
                rows.getLong(1);
                return rows.wasNull() ? Known.DELIVERED : Known.IN_PROGRESS;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read idempotency key of flow " + flowId, e);
        }
    }

    /** Whether a delivery of the key is recorded (a claim in progress is not one). */
    public boolean isDelivered(String flowId, String key) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM delivered_key WHERE flow_id = ? AND idempotency_key = ? AND claimed_by IS NULL")) {
            select.setString(1, flowId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read idempotency key of flow " + flowId, e);
        }
    }
}
