package io.switchboard.runtime.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The runtime's H2 database in file mode: failed messages, delivered idempotency keys, replays, the audit log,
 * tokens and flow versions, in one file so that a key and the audit entry of its replay commit together.
 *
 * <p>Durability: H2 neither writes nor fsyncs a commit by itself, so {@link GroupCommitWriter} ends every commit with
 * {@code CHECKPOINT SYNC}. And H2 never moves chunks of this store: not when it closes ({@code MAX_COMPACT_TIME=0})
 * nor in the background ({@code AUTO_COMPACT_FILL_RATE=0}). After H2 had moved chunks, a chunk it wrote next was
 * not found when the store was opened after a kill, so synced rows were lost and their ids handed out again. Free
 * space is still reused once a chunk holds nothing live (after H2's retention of 45 s; with one second, recovery
 * lost synced rows too). See decision 0011, {@code StoreSurvivesKillTest} and {@code CrashRecoveryTest}.
 */
public final class Database implements AutoCloseable {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS failed_message (
          id BIGINT AUTO_INCREMENT PRIMARY KEY,
          flow_id VARCHAR(100) NOT NULL,
          flow_version INT NOT NULL,
          received_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          failed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          correlation_id VARCHAR(100) NOT NULL,
          idempotency_key VARCHAR(500),
          error_type VARCHAR(300) NOT NULL,
          error_message VARCHAR(4000),
          error_where VARCHAR(300),
          attempts INT NOT NULL,
          status VARCHAR(20) NOT NULL,
          content_type VARCHAR(200),
          headers VARCHAR(8000),
          payload VARBINARY(16777216) NOT NULL
        )""",
        // CRC-32C of the payload, checked whenever the payload is read and at every start: H2 checks the structure
        // of its pages, not their content.
        "ALTER TABLE failed_message ADD COLUMN IF NOT EXISTS payload_crc BIGINT",
        "CREATE INDEX IF NOT EXISTS failed_by_flow ON failed_message(flow_id, id)",
        // Each index is one more tree to rewrite in every commit. Lists read newest first by id, which a time range
        // narrows well enough; the health report counts the waiting messages every second, by status.
        "DROP INDEX IF EXISTS failed_by_time",
        "CREATE INDEX IF NOT EXISTS failed_by_status ON failed_message(status)",
        """
        CREATE TABLE IF NOT EXISTS delivered_key (
          flow_id VARCHAR(100) NOT NULL,
          idempotency_key VARCHAR(500) NOT NULL,
          delivered_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          PRIMARY KEY (flow_id, idempotency_key)
        )""",
        // The message whose replay claimed the key and is sending it; null once the target has taken it.
        "ALTER TABLE delivered_key ADD COLUMN IF NOT EXISTS claimed_by BIGINT",
        """
        CREATE TABLE IF NOT EXISTS replay (
          id BIGINT AUTO_INCREMENT PRIMARY KEY,
          failed_id BIGINT NOT NULL,
          actor VARCHAR(100) NOT NULL,
          role VARCHAR(20) NOT NULL,
          at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          outcome VARCHAR(30) NOT NULL,
          reason VARCHAR(2000),
          flow_version INT,
          edited_payload VARBINARY(16777216),
          detail VARCHAR(4000)
        )""",
        "CREATE INDEX IF NOT EXISTS replay_by_message ON replay(failed_id, id)",
        """
        CREATE TABLE IF NOT EXISTS audit (
          id BIGINT AUTO_INCREMENT PRIMARY KEY,
          at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          actor VARCHAR(100) NOT NULL,
          role VARCHAR(20) NOT NULL,
          action VARCHAR(40) NOT NULL,
          flow_id VARCHAR(100),
          flow_version INT,
          target_id VARCHAR(100),
          detail VARCHAR(4000)
        )""",
        """
        CREATE TABLE IF NOT EXISTS token (
          name VARCHAR(100) PRIMARY KEY,
          role VARCHAR(20) NOT NULL,
          hash VARCHAR(100) NOT NULL,
          created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS flow_version (
          flow_id VARCHAR(100) NOT NULL,
          version INT NOT NULL,
          deployed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          actor VARCHAR(100) NOT NULL,
          bundle VARCHAR(16777216) NOT NULL,
          PRIMARY KEY (flow_id, version)
        )""",
        """
        CREATE TABLE IF NOT EXISTS store_info (
          name VARCHAR(100) PRIMARY KEY,
          info VARCHAR(1000)
        )""",
        """
        CREATE TABLE IF NOT EXISTS flow_state (
          flow_id VARCHAR(100) PRIMARY KEY,
          active_version INT NOT NULL,
          running BOOLEAN NOT NULL
        )"""
    };

    private final JdbcConnectionPool pool;
    private final GroupCommitWriter writer;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.writer = new GroupCommitWriter(this);
    }

    /** The one way to write: commits are shared by whatever is waiting. Reads use {@link #connection()}. */
    public GroupCommitWriter writer() {
        return writer;
    }

    /** Opens (creating when needed) {@code DIR/switchboard.mv.db}. */
    public static Database open(Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("switchboard")
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=8192;MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "switchboard", "");
        pool.setMaxConnections(32);
        Database database = new Database(pool);
        database.migrate();
        return database;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    private void migrate() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
    }

    /**
     * Writes a consistent copy of the database, while it is in use, to {@code zip} (H2's {@code BACKUP}); readable
     * by its owner only. {@link StoreRestore} puts it back.
     */
    public void backup(Path zip) throws SQLException, java.io.IOException {
        DataFolder.create(zip.getParent());
        String target = zip.toAbsolutePath().toString();
        if (target.contains("'")) {
            throw new IllegalArgumentException("a backup file's path cannot contain a quote: " + target);
        }
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target + "'");
        }
        DataFolder.restrict(zip.getParent());
    }

    /** Size of the database file in bytes, for the health report. */
    public long sizeBytes(Path dataDir) {
        return dataDir.resolve("switchboard.mv.db").toFile().length();
    }

    @Override
    public void close() {
        writer.close();
        pool.dispose();
    }
}
