package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made before Flyway kept the schema is taken as version 0 and brought up to date, its rows kept. */
class StoreMigrationTest {

    @TempDir
    Path data;

    @Test
    void aStoreFromAnEarlierRuntimeKeepsItsRowsAndGetsTheMissingTables() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("switchboard") + ";REUSE_SPACE=FALSE;WRITE_DELAY=0";
        try (Connection old = DriverManager.getConnection(url, "switchboard", "")) {
            old.createStatement().execute("CREATE TABLE audit (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "at TIMESTAMP(3) WITH TIME ZONE NOT NULL, actor VARCHAR(100) NOT NULL, role VARCHAR(20) NOT NULL, "
                    + "action VARCHAR(40) NOT NULL, flow_id VARCHAR(100), flow_version INT, target_id VARCHAR(100), "
                    + "detail VARCHAR(4000))");
            old.createStatement().execute("INSERT INTO audit (at, actor, role, action) "
                    + "VALUES (CURRENT_TIMESTAMP, 'alice', 'ADMIN', 'deploy')");
            old.createStatement().execute("SHUTDOWN");
        }

        try (Database database = Database.open(data); Connection connection = database.connection()) {
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT actor FROM audit")) {
                rows.next();
                assertEquals("alice", rows.getString(1));
            }
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM failed_message")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
            List<String> versions = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                            + "ORDER BY \"installed_rank\"")) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
            assertEquals(List.of("0", "1", "2", "3", "4"), versions);
        }
    }
}
