package io.switchboard.runtime.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The shared store: a PostgreSQL database several runtimes use at once. A commit is durable when PostgreSQL
 * answers it ({@code synchronous_commit} is on for every session), so nothing follows it; backups are the
 * database's own ({@code pg_dump}, or the server's base backups), not the runtime's.
 */
final class PostgresBackend implements Backend {

    private final HikariDataSource pool;

    PostgresBackend(StoreLocation.Shared location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(16);
        config.setPoolName("switchboard-store");
        config.setConnectionInitSql("SET synchronous_commit = on");
        // A store that cannot be reached is said at start, in a sentence, instead of hanging the start.
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        this.pool = new HikariDataSource(config);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public void afterCommit(Connection connection) {
        // Durable once committed.
    }

    @Override
    public String upsert(String table, List<String> columns, int keyCount) {
        List<String> keys = columns.subList(0, keyCount);
        String updates = columns.subList(keyCount, columns.size()).stream()
                .map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT ("
                + String.join(", ", keys) + ") " + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }

    @Override
    public String forUpdateSkipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    @Override
    public boolean compacts() {
        return false;
    }

    @Override
    public void compact() {
        // PostgreSQL's autovacuum gives dead space back.
    }

    @Override
    public int fillPercent() {
        return 100;
    }

    @Override
    public long sizeBytes() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    @Override
    public void backup(Path zip) {
        throw new StoreException("a shared PostgreSQL store is backed up with the database's own tools (pg_dump, or "
                + "the server's base backups), not by a runtime", null);
    }

    @Override
    public void close() {
        pool.close();
    }
}
