package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The flows' objectives as operators set them; a flow without its own has {@link FlowObjectives#DEFAULT}. */
public final class ObjectivesStore {

    private final Database database;

    public ObjectivesStore(Database database) {
        this.database = database;
    }

    /** Every flow that has objectives of its own. */
    public Map<String, FlowObjectives> all() {
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(
                "SELECT flow_id, degraded_error_rate, failing_error_rate, degraded_p95_ms, failing_p95_ms, "
                        + "slo_p95_ms, slo_error_rate FROM flow_objectives ORDER BY flow_id")) {
            Map<String, FlowObjectives> all = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.put(rows.getString(1), new FlowObjectives(rows.getDouble(2), rows.getDouble(3),
                            rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getDouble(7)));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new StoreException("cannot read the flows' objectives", e);
        }
    }

    public FlowObjectives of(String flowId) {
        return all().getOrDefault(flowId, FlowObjectives.DEFAULT);
    }

    /** Sets a flow's objectives, with the audit line of who set them, in one commit. */
    public void set(String flowId, FlowObjectives objectives, String actor, String role) {
        database.writer().execute(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(database.upsert("flow_objectives",
                    java.util.List.of("flow_id", "degraded_error_rate", "failing_error_rate", "degraded_p95_ms",
                            "failing_p95_ms", "slo_p95_ms", "slo_error_rate"), 1))) {
                merge.setString(1, flowId);
                merge.setDouble(2, objectives.degradedErrorRate());
                merge.setDouble(3, objectives.failingErrorRate());
                merge.setLong(4, objectives.degradedP95Ms());
                merge.setLong(5, objectives.failingP95Ms());
                merge.setLong(6, objectives.sloP95Ms());
                merge.setDouble(7, objectives.sloErrorRate());
                merge.executeUpdate();
            }
            AuditLog.append(connection, actor, role, "objectives", flowId, null, null, objectives.toString()
                    .replace("FlowObjectives", ""));
            return null;
        });
    }
}
