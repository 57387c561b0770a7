package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtimes that share a store and when each last showed it was alive. A runtime that starts takes over the
 * replays and jobs cut short (its own, or a dead runtime's) only when no other runtime is alive: one that is may be
 * in the middle of them.
 */
public final class InstanceRegistry {

    /** A runtime that has not shown it is alive for this long is taken for gone. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    private final Database database;
    private final Clock clock;

    public InstanceRegistry(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Registers (or renews) this runtime; answers the other runtimes alive now. */
    public List<String> join(String name) {
        beat(name, true);
        return othersAlive(name);
    }

    /** Shows this runtime is alive; called well within {@link #LEASE}. */
    public void heartbeat(String name) {
        beat(name, false);
    }

    public List<String> othersAlive(String name) {
        Instant since = clock.instant().minus(LEASE);
        List<String> alive = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT name FROM runtime_instance WHERE name <> ? AND heartbeat_at >= ? ORDER BY name")) {
            select.setString(1, name);
            select.setObject(2, FailedMessageStore.utc(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alive.add(rows.getString(1));
                }
            }
            return alive;
        } catch (SQLException e) {
            throw new StoreException("cannot read the runtimes of the store", e);
        }
    }

    /** This runtime stops: the others need not wait for its lease to run out. */
    public void leave(String name) {
        database.writer().execute(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM runtime_instance WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate();
            }
        });
    }

    private void beat(String name, boolean starting) {
        Instant now = clock.instant();
        database.writer().execute(connection -> {
            try (PreparedStatement update = connection.prepareStatement(starting
                    ? "UPDATE runtime_instance SET heartbeat_at = ?, started_at = ? WHERE name = ?"
                    : "UPDATE runtime_instance SET heartbeat_at = ? WHERE name = ?")) {
                update.setObject(1, FailedMessageStore.utc(now));
                if (starting) {
                    update.setObject(2, FailedMessageStore.utc(now));
                }
                update.setString(starting ? 3 : 2, name);
                if (update.executeUpdate() > 0) {
                    return 1;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO runtime_instance (name, started_at, heartbeat_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setObject(2, FailedMessageStore.utc(now));
                insert.setObject(3, FailedMessageStore.utc(now));
                return insert.executeUpdate();
            }
        });
    }
}
