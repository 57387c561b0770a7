package io.switchboard.runtime.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.runtime.bundle.DeployBundle;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every deployed version of every flow (its whole bundle), and which version is active and running. */
public final class FlowVersionStore {

    public record StoredVersion(String flowId, int version, DeployBundle bundle, boolean running) {
    }

    /** Which version of a flow is active, and whether it runs: what runtimes sharing a store follow. */
    public record ActiveState(String flowId, int version, boolean running) {
    }

    public record VersionInfo(String flowId, int version, Instant deployedAt, String actor, boolean active) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public FlowVersionStore(Database database) {
        this.database = database;
    }

    public int nextVersion(String flowId) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COALESCE(MAX(version), 0) + 1 FROM flow_version WHERE flow_id = ?")) {
            select.setString(1, flowId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read versions of flow " + flowId, e);
        }
    }

    /**
     * Records a new version and makes it the active, running one, in one transaction, synced like every write (a
     * deploy answered 201 survives a kill).
     */
    public void save(String flowId, int version, String actor, String bundleJson) {
        database.writer().execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO flow_version (flow_id, version, deployed_at, actor, bundle) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, flowId);
                insert.setInt(2, version);
                insert.setObject(3, FailedMessageStore.utc(Instant.now()));
                insert.setString(4, actor);
                insert.setString(5, bundleJson);
                insert.executeUpdate();
            }
            activate(connection, flowId, version, true);
            return null;
        });
    }

    public void activate(String flowId, int version, boolean running) {
        database.writer().execute(connection -> {
            activate(connection, flowId, version, running);
            return null;
        });
    }

    public void setRunning(String flowId, boolean running) {
        database.writer().execute(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE flow_state SET running = ? WHERE flow_id = ?")) {
                update.setBoolean(1, running);
                update.setString(2, flowId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * The masking rules of a stored version, read from its flow file; empty when the version or its flow cannot be
     * read (callers then mask everything).
     */
    public Optional<List<io.switchboard.flow.model.MaskingRule>> masking(String flowId, int version) {
        return bundle(flowId, version).flatMap(json -> {
            try {
                DeployBundle bundle = JSON.readValue(json, DeployBundle.class);
                com.fasterxml.jackson.databind.JsonNode rules = JSON.readTree(bundle.files().get(bundle.flowFile()))
                        .path("masking");
                return Optional.of(List.of(JSON.treeToValue(rules.isMissingNode() ? JSON.createArrayNode() : rules,
                        io.switchboard.flow.model.MaskingRule[].class)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The files a version was deployed with; empty when there is no such version. */
    public Optional<DeployBundle> deployedBundle(String flowId, int version) {
        return bundle(flowId, version).map(json -> {
            try {
                return JSON.readValue(json, DeployBundle.class);
            } catch (IOException e) {
                throw new StoreException("version " + version + " of flow " + flowId + " cannot be read", e);
            }
        });
    }

    public Optional<String> bundle(String flowId, int version) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT bundle FROM flow_version WHERE flow_id = ? AND version = ?")) {
            select.setString(1, flowId);
            select.setInt(2, version);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read version " + version + " of flow " + flowId, e);
        }
    }

    public List<VersionInfo> versions(String flowId) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT v.flow_id, v.version, v.deployed_at, "
                     + "v.actor, s.active_version FROM flow_version v LEFT JOIN flow_state s ON s.flow_id = v.flow_id "
                     + "WHERE v.flow_id = ? ORDER BY v.version DESC")) {
            select.setString(1, flowId);
            List<VersionInfo> list = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(new VersionInfo(rows.getString(1), rows.getInt(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4),
                            rows.getInt(5) == rows.getInt(2)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new StoreException("cannot list versions of flow " + flowId, e);
        }
    }

    public List<StoredVersion> activeVersions() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT s.flow_id, s.active_version, s.running, "
                     + "v.bundle FROM flow_state s JOIN flow_version v ON v.flow_id = s.flow_id "
                     + "AND v.version = s.active_version ORDER BY s.flow_id")) {
            List<StoredVersion> list = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(new StoredVersion(rows.getString(1), rows.getInt(2),
                            JSON.readValue(rows.getString(4), DeployBundle.class), rows.getBoolean(3)));
                }
            }
            return list;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read the active flows", e);
        }
    }

    /** The active versions without their bundles (a runtime following the store reads this every second). */
    public List<ActiveState> activeStates() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT flow_id, active_version, running FROM flow_state ORDER BY flow_id")) {
            List<ActiveState> list = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(new ActiveState(rows.getString(1), rows.getInt(2), rows.getBoolean(3)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new StoreException("cannot read the active flows", e);
        }
    }

    private void activate(Connection connection, String flowId, int version, boolean running)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                database.upsert("flow_state", List.of("flow_id", "active_version", "running"), 1))) {
            merge.setString(1, flowId);
            merge.setInt(2, version);
            merge.setBoolean(3, running);
            merge.executeUpdate();
        }
    }
}
