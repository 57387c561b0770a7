package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Each flow's day in counts, kept inside the transactions of what they count (a failure, a replay, the end of an
 * incident) and once a minute for the service-level objective: the team's KPIs read these few rows. All writes go
 * through the store's one writer, so a day's row is made by the first count of the day without a race.
 */
public final class KpiStore {

    /** One flow's day. */
    public record Day(String flowId, LocalDate day, long failures, long replays, long restores, long restoreMs,
                      long minutesMeasured, long minutesInSlo) {
    }

    private final Database database;

    public KpiStore(Database database) {
        this.database = database;
    }

    static void failed(Connection connection, String flowId, Instant at) throws SQLException {
        add(connection, flowId, at, 1, 0, 0, 0, 0, 0);
    }

    public static void replayed(Connection connection, String flowId, Instant at) throws SQLException {
        add(connection, flowId, at, 0, 1, 0, 0, 0, 0);
    }

    static void restored(Connection connection, String flowId, Instant at, long millis) throws SQLException {
        add(connection, flowId, at, 0, 0, 1, Math.max(0, millis), 0, 0);
    }

    /** A minute of a flow that had traffic, within its objective or not. */
    public void minute(String flowId, Instant at, boolean withinObjective) {
        database.writer().execute(connection -> {
            add(connection, flowId, at, 0, 0, 0, 0, 1, withinObjective ? 1 : 0);
            return null;
        });
    }

    /** One statement text for every count, so that the session's statement cache keeps it parsed. */
    private static final String ADD = "UPDATE flow_day SET failures = failures + ?, replays = replays + ?, "
            + "restores = restores + ?, restore_ms = restore_ms + ?, minutes_measured = minutes_measured + ?, "
            + "minutes_in_slo = minutes_in_slo + ? WHERE flow_id = ? AND on_day = ?";

    private static void add(Connection connection, String flowId, Instant at, long failures, long replays,
                            long restores, long restoreMs, long minutes, long minutesInSlo) throws SQLException {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        long[] counts = {failures, replays, restores, restoreMs, minutes, minutesInSlo};
        try (PreparedStatement update = connection.prepareStatement(ADD)) {
            for (int i = 0; i < counts.length; i++) {
                update.setLong(i + 1, counts[i]);
            }
            update.setString(7, flowId);
            update.setObject(8, day);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        // The day's first count makes its row (every write goes through the one writer: no other can meanwhile).
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO flow_day (flow_id, on_day, failures, "
                + "replays, restores, restore_ms, minutes_measured, minutes_in_slo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, flowId);
            insert.setObject(2, day);
            for (int i = 0; i < counts.length; i++) {
                insert.setLong(i + 3, counts[i]);
            }
            insert.executeUpdate();
        }
    }

    /** The days from {@code first} to {@code last} (inclusive) that have counts, of one flow or (null) all. */
    public List<Day> days(String flowId, LocalDate first, LocalDate last) {
        String sql = "SELECT flow_id, on_day, failures, replays, restores, restore_ms, minutes_measured, minutes_in_slo "
                + "FROM flow_day WHERE on_day BETWEEN ? AND ?" + (flowId == null ? "" : " AND flow_id = ?")
                + " ORDER BY flow_id, on_day";
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, first);
            select.setObject(2, last);
            if (flowId != null) {
                select.setString(3, flowId);
            }
            List<Day> days = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.add(new Day(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getLong(3),
                            rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8)));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new StoreException("cannot read the KPIs", e);
        }
    }

    /** When the oldest message of the flow still waiting failed; null when none waits. */
    public Instant oldestWaiting(String flowId) {
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(
                "SELECT failed_at FROM failed_message WHERE status = 'FAILED' AND flow_id = ? ORDER BY id LIMIT 1")) {
            select.setString(1, flowId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getObject(1, java.time.OffsetDateTime.class).toInstant() : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the oldest waiting message of " + flowId, e);
        }
    }
}
