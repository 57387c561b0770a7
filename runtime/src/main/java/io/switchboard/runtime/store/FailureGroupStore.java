package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Failure groups with their counts, kept in the same commit as the messages they count: a failure adds one, a
 * message that stops waiting (replaying, replayed, discarded) takes one from {@code waiting}, and one that waits
 * again gives it back. Serving the groups therefore reads the groups, not the messages.
 */
public final class FailureGroupStore {

    /** At most this many groups in one answer, the most recently failing first. */
    public static final int MAX_GROUPS = 500;
    private static final int ASSIGN_BATCH = 2_000;
    private static final String COLUMNS = "g.id, g.flow_id, g.error_where, g.error_type, g.pattern, g.failures, "
            + "g.waiting, g.first_failed_at, g.last_failed_at, g.last_replayed_at, g.sample_id";

    private final Database database;

    public FailureGroupStore(Database database) {
        this.database = database;
    }

    /** Counts a message just stored, inside its insert's transaction; a group that had none waiting starts an incident. */
    static void counted(Connection connection, ErrorSignature signature, long messageId, Instant failedAt,
                        boolean waiting) throws SQLException {
        KpiStore.failed(connection, signature.flowId(), failedAt);
        try (PreparedStatement update = connection.prepareStatement("UPDATE failure_group SET failures = failures + 1, "
                + "incident_started_at = CASE WHEN ? = 1 AND waiting + in_flight = 0 THEN ? "
                + "ELSE incident_started_at END, "
                + "waiting = waiting + ?, last_failed_at = GREATEST(last_failed_at, ?), "
                + "first_failed_at = LEAST(first_failed_at, ?), sample_id = GREATEST(sample_id, ?) WHERE id = ?")) {
            update.setInt(1, waiting ? 1 : 0);
            update.setObject(2, FailedMessageStore.utc(failedAt));
            update.setInt(3, waiting ? 1 : 0);
            update.setObject(4, FailedMessageStore.utc(failedAt));
            update.setObject(5, FailedMessageStore.utc(failedAt));
            update.setLong(6, messageId);
            update.setString(7, signature.id());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO failure_group (id, flow_id, "
                + "error_where, error_type, pattern, failures, waiting, first_failed_at, last_failed_at, sample_id, "
                + "incident_started_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)")) {
            insert.setString(1, signature.id());
            insert.setString(2, signature.flowId());
            insert.setString(3, signature.where());
            insert.setString(4, signature.errorType());
            insert.setString(5, signature.pattern());
            insert.setInt(6, waiting ? 1 : 0);
            insert.setObject(7, FailedMessageStore.utc(failedAt));
            insert.setObject(8, FailedMessageStore.utc(failedAt));
            insert.setLong(9, messageId);
            insert.setObject(10, waiting ? FailedMessageStore.utc(failedAt) : null);
            insert.executeUpdate();
        }
    }

    /**
     * Follows a message's move from one status to another, inside the move's transaction. When the last message of
     * an incident is delivered or discarded (none left waiting or being replayed), the incident ends: its length
     * is counted as a restore of the flow, that day.
     */
    static void moved(Connection connection, long messageId, FailedMessage.Status from, FailedMessage.Status to)
            throws SQLException {
        int waiting = (to == FailedMessage.Status.FAILED ? 1 : 0) - (from == FailedMessage.Status.FAILED ? 1 : 0);
        int inFlight = (to == FailedMessage.Status.REPLAYING ? 1 : 0)
                - (from == FailedMessage.Status.REPLAYING ? 1 : 0);
        boolean replaying = to == FailedMessage.Status.REPLAYING;
        if (waiting == 0 && inFlight == 0) {
            return;
        }
        Instant now = Instant.now();
        // One statement finds the group and counts the move (the writer runs a dozen per replay: each one counts).
        try (PreparedStatement update = connection.prepareStatement("UPDATE failure_group SET "
                + "incident_started_at = CASE WHEN waiting + in_flight = 0 THEN ? ELSE incident_started_at END, "
                + "waiting = waiting + ?, in_flight = GREATEST(0, in_flight + ?), "
                + "last_replayed_at = CASE WHEN CAST(? AS BOOLEAN) THEN ? ELSE last_replayed_at END "
                + "WHERE id = (SELECT group_id FROM failed_message WHERE id = ?)")) {
            update.setObject(1, FailedMessageStore.utc(now));
            update.setInt(2, waiting);
            update.setInt(3, inFlight);
            update.setBoolean(4, replaying);
            update.setObject(5, FailedMessageStore.utc(now));
            update.setLong(6, messageId);
            update.executeUpdate();
        }
        if (to == FailedMessage.Status.REPLAYED || to == FailedMessage.Status.DISCARDED) {
            endIncidentIfRestored(connection, messageId, now);
        }
    }

    private static void endIncidentIfRestored(Connection connection, long messageId, Instant now)
            throws SQLException {
        String groupId;
        String flowId;
        Instant started;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, flow_id, incident_started_at FROM "
                + "failure_group WHERE id = (SELECT group_id FROM failed_message WHERE id = ?) "
                + "AND waiting + in_flight = 0 AND incident_started_at IS NOT NULL")) {
            select.setLong(1, messageId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                groupId = rows.getString(1);
                flowId = rows.getString(2);
                started = rows.getObject(3, java.time.OffsetDateTime.class).toInstant();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE failure_group SET incident_started_at = NULL WHERE id = ?")) {
            update.setString(1, groupId);
            update.executeUpdate();
        }
        KpiStore.restored(connection, flowId, now, java.time.Duration.between(started, now).toMillis());
    }

    /**
     * Groups matching a filter, the most recently failing first. Without a time range, text or status the kept
     * counts answer (any number of messages costs the same); with one, the matching messages are counted by group.
     */
    public List<FailureGroup> list(FailedMessageQuery query) {
        boolean kept = query.from() == null && query.to() == null && query.status() == null
                && (query.text() == null || query.text().isBlank());
        List<Object> params = new ArrayList<>();
        String sql;
        if (kept) {
            List<String> conditions = new ArrayList<>();
            if (query.flowId() != null) {
                conditions.add("g.flow_id = ?");
                params.add(query.flowId());
            }
            if (query.errorType() != null) {
                conditions.add("g.error_type = ?");
                params.add(query.errorType());
            }
            if (query.groupId() != null) {
                conditions.add("g.id = ?");
                params.add(query.groupId());
            }
            sql = "SELECT " + COLUMNS + " FROM failure_group g"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY g.last_failed_at DESC LIMIT " + MAX_GROUPS;
        } else {
            String where = FailedMessageStore.where(query, params);
            sql = "SELECT g.id, g.flow_id, g.error_where, g.error_type, g.pattern, m.failures, m.waiting, "
                    + "m.first_failed_at, m.last_failed_at, g.last_replayed_at, m.sample_id FROM failure_group g JOIN "
                    + "(SELECT group_id, COUNT(*) AS failures, SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) "
                    + "AS waiting, MIN(failed_at) AS first_failed_at, MAX(failed_at) AS last_failed_at, "
                    + "MAX(id) AS sample_id FROM failed_message" + where + " GROUP BY group_id) m "
                    + "ON m.group_id = g.id ORDER BY m.last_failed_at DESC LIMIT " + MAX_GROUPS;
        }
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            List<FailureGroup> groups = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    groups.add(read(rows));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new StoreException("cannot list failure groups", e);
        }
    }

    /**
     * Puts the messages a store kept from before failure groups into their groups, a batch per commit; answers how
     * many. Run at start, before the API answers.
     */
    public long assignMissing() {
        long assigned = 0;
        while (true) {
            int batch = database.writer().execute(this::assignBatch);
            if (batch == 0) {
                return assigned;
            }
            assigned += batch;
        }
    }

    private int assignBatch(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, flow_id, error_where, error_type, "
                + "error_message, failed_at, status FROM failed_message WHERE group_id IS NULL ORDER BY id LIMIT "
                + ASSIGN_BATCH);
             ResultSet found = select.executeQuery()) {
            while (found.next()) {
                rows.add(new Object[] {found.getLong(1), ErrorSignature.of(found.getString(2), found.getString(3),
                        found.getString(4), found.getString(5)),
                    found.getObject(6, OffsetDateTime.class).toInstant(), found.getString(7)});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE failed_message SET group_id = ? WHERE id = ?")) {
            for (Object[] row : rows) {
                ErrorSignature signature = (ErrorSignature) row[1];
                update.setString(1, signature.id());
                update.setLong(2, (Long) row[0]);
                update.executeUpdate();
                counted(connection, signature, (Long) row[0], (Instant) row[2],
                        FailedMessage.Status.FAILED.name().equals(row[3]));
            }
        }
        return rows.size();
    }

    private static FailureGroup read(ResultSet rows) throws SQLException {
        OffsetDateTime replayed = rows.getObject(10, OffsetDateTime.class);
        return new FailureGroup(rows.getString(1), new ErrorSignature(rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getString(5)), rows.getLong(6), rows.getLong(7),
                rows.getObject(8, OffsetDateTime.class).toInstant(), rows.getObject(9, OffsetDateTime.class).toInstant(),
                replayed == null ? null : replayed.toInstant(), rows.getLong(11));
    }
}
