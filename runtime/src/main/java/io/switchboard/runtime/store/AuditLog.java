package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Every deploy, rollback, replay, discard and payload view: appended, never changed, listed newest first. */
public final class AuditLog {

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    public void append(String actor, String role, String action, String flowId, Integer flowVersion,
                       String targetId, String detail) {
        database.writer().execute(connection -> {
            append(connection, actor, role, action, flowId, flowVersion, targetId, detail);
            return null;
        });
    }

    /** The same, inside a write that does more in the same transaction. */
    public static void append(Connection connection, String actor, String role, String action, String flowId,
                              Integer flowVersion, String targetId, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit (at, actor, role, action, "
                + "flow_id, flow_version, target_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, FailedMessageStore.utc(Instant.now()));
            insert.setString(2, actor);
            insert.setString(3, role);
            insert.setString(4, action);
            insert.setString(5, flowId);
            if (flowVersion == null) {
                insert.setNull(6, Types.INTEGER);
            } else {
                insert.setInt(6, flowVersion);
            }
            insert.setString(7, targetId);
            insert.setString(8, detail);
            insert.executeUpdate();
        }
    }

    public List<AuditEntry> list(Long before, int limit) {
        return list(Query.ALL, before, limit);
    }

    /**
     * Which entries: each field may be null; {@code action} may name several, separated by commas; {@code from} is
     * inclusive, {@code to} exclusive.
     */
    public record Query(String actor, String action, String flowId, Instant from, Instant to) {
        public static final Query ALL = new Query(null, null, null, null, null);
    }

    /** Newest first, below the id {@code before} (keyset paging), at most {@code limit} (1 to 500). */
    public List<AuditEntry> list(Query query, Long before, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        condition(where, values, "id < ?", before);
        condition(where, values, "actor = ?", query.actor());
        if (query.action() != null) {
            // One action, or several separated by commas (replay,replay-job).
            List<String> actions = java.util.Arrays.stream(query.action().split(",")).map(String::strip)
                    .filter(action -> !action.isEmpty()).distinct().limit(20).toList();
            if (!actions.isEmpty()) {
                where.add("action IN (" + String.join(", ", java.util.Collections.nCopies(actions.size(), "?")) + ")");
                values.addAll(actions);
            }
        }
        condition(where, values, "flow_id = ?", query.flowId());
        condition(where, values, "at >= ?", query.from() == null ? null : FailedMessageStore.utc(query.from()));
        condition(where, values, "at < ?", query.to() == null ? null : FailedMessageStore.utc(query.to()));
        String sql = "SELECT id, at, actor, role, action, flow_id, flow_version, target_id, detail FROM audit"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id DESC LIMIT " + Math.min(Math.max(limit, 1), 500);
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int version = rows.getInt("flow_version");
                    Integer flowVersion = rows.wasNull() ? null : version;
                    entries.add(new AuditEntry(rows.getLong("id"), rows.getObject("at", OffsetDateTime.class).toInstant(),
                            rows.getString("actor"), rows.getString("role"), rows.getString("action"),
                            rows.getString("flow_id"), flowVersion, rows.getString("target_id"),
                            rows.getString("detail")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log", e);
        }
    }

    private static void condition(List<String> where, List<Object> values, String sql, Object value) {
        if (value != null) {
            where.add(sql);
            values.add(value);
        }
    }
}
