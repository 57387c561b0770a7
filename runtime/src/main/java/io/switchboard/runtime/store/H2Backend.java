package io.switchboard.runtime.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The embedded store: one H2 file in the data folder, append-only and synced at every commit (see Database). */
final class H2Backend implements Backend {

    private final Path dataDir;
    private volatile JdbcConnectionPool pool;

    H2Backend(Path dataDir) {
        this.dataDir = dataDir;
        this.pool = pool(dataDir);
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

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/h2";
    }

    /**
     * A commit alone reaches neither the disk nor, with H2's write delay, even the file: only a checkpoint writes
     * the store out and fsyncs it.
     */
    @Override
    public void afterCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    @Override
    public String upsert(String table, List<String> columns, int keyCount) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY ("
                + String.join(", ", columns.subList(0, keyCount)) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public String forUpdateSkipLocked() {
        return " FOR UPDATE";
    }

    @Override
    public boolean compacts() {
        return true;
    }

    /** H2 rewrites the file on {@code SHUTDOWN COMPACT}; the pool is made anew afterwards. */
    @Override
    public void compact() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        pool.dispose();
        pool = pool(dataDir);
    }

    @Override
    public int fillPercent() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1)) : 100;
        }
    }

    @Override
    public long sizeBytes() {
        return dataDir.resolve(DataFolder.DATABASE_FILE).toFile().length();
    }

    /** H2's {@code BACKUP}: a consistent copy while the store is in use; readable by its owner only. */
    @Override
    public void backup(Path zip) throws SQLException, IOException {
        DataFolder.create(zip.getParent());
        String target = zip.toAbsolutePath().toString();
        if (target.contains("'")) {
            throw new IllegalArgumentException("a backup file's path cannot contain a quote: " + target);
        }
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target + "'");
        }
        DataFolder.restrict(zip.getParent());
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
