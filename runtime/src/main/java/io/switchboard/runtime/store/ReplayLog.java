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

/** The replay history of failed messages. */
public final class ReplayLog {

    private final Database database;

    public ReplayLog(Database database) {
        this.database = database;
    }

    public void append(long failedId, String actor, String role, ReplayRecord.Outcome outcome, String reason,
                       Integer flowVersion, byte[] editedPayload, String detail) {
        database.writer().execute(connection -> {
            append(connection, failedId, actor, role, outcome, reason, flowVersion, editedPayload, detail);
            return null;
        });
    }

    /** The same, inside a write that does more in the same transaction. */
    public static void append(Connection connection, long failedId, String actor, String role,
                              ReplayRecord.Outcome outcome, String reason, Integer flowVersion, byte[] editedPayload,
                              String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO replay (failed_id, actor, role, at, "
                + "outcome, reason, flow_version, edited_payload, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, failedId);
            insert.setString(2, actor);
            insert.setString(3, role);
            insert.setObject(4, FailedMessageStore.utc(Instant.now()));
            insert.setString(5, outcome.name());
            insert.setString(6, reason);
            if (flowVersion == null) {
                insert.setNull(7, Types.INTEGER);
            } else {
                insert.setInt(7, flowVersion);
            }
            insert.setBytes(8, editedPayload);
            insert.setString(9, detail);
            insert.executeUpdate();
        }
    }

    public List<ReplayRecord> history(long failedId) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT id, failed_id, actor, role, at, outcome, "
                     + "reason, flow_version, edited_payload, detail FROM replay WHERE failed_id = ? ORDER BY id")) {
            select.setLong(1, failedId);
            List<ReplayRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int version = rows.getInt("flow_version");
                    Integer flowVersion = rows.wasNull() ? null : version;
                    records.add(new ReplayRecord(rows.getLong("id"), rows.getLong("failed_id"), rows.getString("actor"),
                            rows.getString("role"), rows.getObject("at", OffsetDateTime.class).toInstant(),
                            ReplayRecord.Outcome.valueOf(rows.getString("outcome")), rows.getString("reason"),
                            flowVersion, rows.getBytes("edited_payload"), rows.getString("detail")));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new StoreException("cannot read the replay history of message " + failedId, e);
        }
    }
}
