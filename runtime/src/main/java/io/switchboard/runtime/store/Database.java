package io.switchboard.runtime.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The runtime's H2 database in file mode: failed messages, delivered idempotency keys, replays, the audit log,
 * tokens and flow versions, in one file so that a key and the audit entry of its replay commit together.
 *
 * <p>Durability: H2 neither writes nor fsyncs a commit by itself, so {@link GroupCommitWriter} ends every commit with
 * {@code CHECKPOINT SYNC}. And the file is append-only ({@code REUSE_SPACE=FALSE}; H2 also never moves chunks, on
 * close or in the background): once H2 had written chunks into reused or moved space, it did not always find the
 * newest one when the store was opened after a kill, and synced rows were lost and their ids handed out again.
 * Append-only, the newest chunk is always the last in the file. The dead space this leaves is given back by
 * {@link #compactIfWasteful} when the store is idle. And H2 writes nothing in the background ({@code WRITE_DELAY=0}):
 * its background writer, committing its own bookkeeping a second after ours, could be writing a chunk when the
 * process was killed, and on a busy machine that broke the store ("Chunk 4004 not found") or lost the last synced
 * row in 3 of 8 runs of {@code StoreSurvivesKillTest}; every chunk is now written by a checkpoint of ours. See
 * decisions 0011 and 0018, {@code StoreSurvivesKillTest} and {@code CrashRecoveryTest}.
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
        // (status, id): the list of waiting messages, newest first, walks it backwards instead of sorting a
        // million rows; it still counts by status for the health report.
        "DROP INDEX IF EXISTS failed_by_status",
        "CREATE INDEX IF NOT EXISTS failed_by_status_id ON failed_message(status, id)",
        // The failure group of each message (ErrorSignature); null on rows stored before groups, until the start
        // assigns them.
        "ALTER TABLE failed_message ADD COLUMN IF NOT EXISTS group_id VARCHAR(24)",
        "CREATE INDEX IF NOT EXISTS failed_by_group ON failed_message(group_id, id)",
        // Counts kept as messages fail and move on, so that groups are served without counting a million rows.
        """
        CREATE TABLE IF NOT EXISTS failure_group (
          id VARCHAR(24) PRIMARY KEY,
          flow_id VARCHAR(100) NOT NULL,
          error_where VARCHAR(300) NOT NULL,
          error_type VARCHAR(300) NOT NULL,
          pattern VARCHAR(1000) NOT NULL,
          failures BIGINT NOT NULL,
          waiting BIGINT NOT NULL,
          first_failed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          last_failed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          last_replayed_at TIMESTAMP(3) WITH TIME ZONE,
          sample_id BIGINT NOT NULL
        )""",
        // Bulk replays as jobs: what was asked, by whom, and the messages chosen when it was created, each with
        // its outcome once known (written in the same commit as the replay's own outcome).
        """
        CREATE TABLE IF NOT EXISTS replay_job (
          id BIGINT AUTO_INCREMENT PRIMARY KEY,
          created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
          actor VARCHAR(100) NOT NULL,
          role VARCHAR(20) NOT NULL,
          reason VARCHAR(2000),
          selection VARCHAR(4000) NOT NULL,
          group_id VARCHAR(24),
          throttle_per_second INT NOT NULL,
          state VARCHAR(20) NOT NULL,
          finished_at TIMESTAMP(3) WITH TIME ZONE
        )""",
        // The newest failed message when the job was made: a group's new failures since are the ids above it.
        "ALTER TABLE replay_job ADD COLUMN IF NOT EXISTS newest_failed_id BIGINT",
        """
        CREATE TABLE IF NOT EXISTS replay_job_item (
          job_id BIGINT NOT NULL,
          failed_id BIGINT NOT NULL,
          outcome VARCHAR(30),
          detail VARCHAR(4000),
          PRIMARY KEY (job_id, failed_id)
        )""",
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
        // An incident of a group runs from the failure that made it wait (none waiting or being replayed before)
        // to the replay or discard that leaves none: how long a restore took, for the team's KPIs.
        "ALTER TABLE failure_group ADD COLUMN IF NOT EXISTS in_flight BIGINT DEFAULT 0 NOT NULL",
        "ALTER TABLE failure_group ADD COLUMN IF NOT EXISTS incident_started_at TIMESTAMP(3) WITH TIME ZONE",
        // Each flow's day in counts, kept as things happen (as the groups' counts are), so that KPIs over weeks
        // read a few rows, not a million messages. Days are UTC days.
        """
        CREATE TABLE IF NOT EXISTS flow_day (
          flow_id VARCHAR(100) NOT NULL,
          on_day DATE NOT NULL,
          failures BIGINT DEFAULT 0 NOT NULL,
          replays BIGINT DEFAULT 0 NOT NULL,
          restores BIGINT DEFAULT 0 NOT NULL,
          restore_ms BIGINT DEFAULT 0 NOT NULL,
          minutes_measured BIGINT DEFAULT 0 NOT NULL,
          minutes_in_slo BIGINT DEFAULT 0 NOT NULL,
          PRIMARY KEY (flow_id, on_day)
        )""",
        // Health thresholds and the service-level objective, set per flow by an operator.
        """
        CREATE TABLE IF NOT EXISTS flow_objectives (
          flow_id VARCHAR(100) PRIMARY KEY,
          degraded_error_rate DOUBLE PRECISION NOT NULL,
          failing_error_rate DOUBLE PRECISION NOT NULL,
          degraded_p95_ms BIGINT NOT NULL,
          failing_p95_ms BIGINT NOT NULL,
          slo_p95_ms BIGINT NOT NULL,
          slo_error_rate DOUBLE PRECISION NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS flow_state (
          flow_id VARCHAR(100) PRIMARY KEY,
          active_version INT NOT NULL,
          running BOOLEAN NOT NULL
        )"""
    };

    private final Path dataDir;
    /** Reads hold it shared while their connection is open; compaction, which closes the store, exclusively. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile JdbcConnectionPool pool;
    private final GroupCommitWriter writer;

    private Database(Path dataDir) {
        this.dataDir = dataDir;
        this.pool = pool(dataDir);
        this.writer = new GroupCommitWriter(this);
    }

    /** The one way to write: commits are shared by whatever is waiting. Reads use {@link #connection()}. */
    public GroupCommitWriter writer() {
        return writer;
    }

    /** Opens (creating when needed) {@code DIR/switchboard.mv.db}. */
    public static Database open(Path dataDir) throws SQLException {
        Database database = new Database(dataDir.toAbsolutePath());
        database.migrate();
        return database;
    }

    private static JdbcConnectionPool pool(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("switchboard")
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=8192;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0;WRITE_DELAY=0"
                // Each session keeps its parsed statements: a replay runs about fifteen different ones, more than
                // the default eight, and parsing them again was a tenth of the writer's time.
                + ";QUERY_CACHE_SIZE=64";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "switchboard", "");
        pool.setMaxConnections(32);
        return pool;
    }

    /**
     * A connection for reading (writes go through {@link #writer()}). Close it soon: while it is open the store
     * cannot be compacted.
     */
    public Connection connection() throws SQLException {
        Lock lock = gate.readLock();
        lock.lock();
        try {
            Connection connection = pool.getConnection();
            return releasingOnClose(connection, lock);
        } catch (SQLException | RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    /** The connection, with the gate's read lock released when it is closed (once). */
    private static Connection releasingOnClose(Connection connection, Lock lock) {
        AtomicBoolean open = new AtomicBoolean(true);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        try {
                            return method.invoke(connection, args);
                        } finally {
                            if (open.compareAndSet(true, false)) {
                                lock.unlock();
                            }
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Compacts the file when most of it is dead and it is large: the store is append-only (see above), so what
     * replaced or deleted rows leave behind is only given back by rewriting the file. H2 rewrites it on
     * {@code SHUTDOWN COMPACT}; the store is closed meanwhile, so this waits for open reads to end (giving up after
     * {@code wait}) and holds new ones until the store is open again. Answers whether it compacted. Called by the
     * writer thread when nothing has been written for a while, so no write waits on it.
     */
    boolean compactIfWasteful(long minimumBytes, int maximumFillPercent, Duration wait) throws SQLException {
        if (sizeBytes() < minimumBytes || fillPercent() > maximumFillPercent) {
            return false;
        }
        Lock lock = gate.writeLock();
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            pool.dispose();
            pool = pool(dataDir);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** How much of the file holds live data, in percent (H2's chunk fill rate). */
    private int fillPercent() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1)) : 100;
        }
    }

    private void migrate() throws SQLException {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
            // H2 writes nothing in the background (WRITE_DELAY=0): the tables are on disk once this has run.
            statement.execute("CHECKPOINT SYNC");
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
    public long sizeBytes() {
        return dataDir.resolve(DataFolder.DATABASE_FILE).toFile().length();
    }

    @Override
    public void close() {
        writer.close();
        pool.dispose();
    }
}
