package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The idempotency keys delivered per flow. A replay first <em>claims</em> its key: the claim is the primary key
 * of the row, so of two replays racing for the same key exactly one wins; the loser is told the key is taken.
 * A claim whose delivery failed is released.
 */
public final class IdempotencyStore {

    private static final String DUPLICATE_KEY = "23505";

    private final Database database;

    public IdempotencyStore(Database database) {
        this.database = database;
    }

    /** Records a delivery; false when the key was already recorded (or claimed). */
    public boolean claim(String flowId, String key) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO delivered_key (flow_id, idempotency_key, delivered_at) VALUES (?, ?, ?)")) {
            insert.setString(1, flowId);
            insert.setString(2, key);
            insert.setObject(3, FailedMessageStore.utc(Instant.now()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("cannot record idempotency key of flow " + flowId, e);
        }
    }

    /** Gives a claim back after its delivery failed. */
    public void release(String flowId, String key) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM delivered_key WHERE flow_id = ? AND idempotency_key = ?")) {
            delete.setString(1, flowId);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot release idempotency key of flow " + flowId, e);
        }
    }

    public boolean isDelivered(String flowId, String key) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM delivered_key WHERE flow_id = ? AND idempotency_key = ?")) {
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
