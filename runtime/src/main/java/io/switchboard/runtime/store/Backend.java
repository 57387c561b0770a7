package io.switchboard.runtime.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** What differs between the two stores: how connections are made, what makes a commit durable, and some SQL. */
interface Backend extends AutoCloseable {

    DataSource dataSource();

    /** Flyway's folder of the migrations written for this database (the others are in {@code db/migration/common}). */
    String migrations();

    /** Run after each commit, before anybody is answered: what it takes for the commit to be on stable storage. */
    void afterCommit(Connection connection) throws SQLException;

    /**
     * An insert that replaces the row with the same key: {@code columns} in order, the first {@code keyCount} of
     * them the key, one {@code ?} each.
     */
    String upsert(String table, List<String> columns, int keyCount);

    /**
     * What ends a {@code SELECT ... FOR UPDATE} that takes rows another runtime has not taken: PostgreSQL skips the
     * rows others hold locked; H2 has one runtime, whose one writer takes them in turn.
     */
    String forUpdateSkipLocked();

    /** Whether this store gives back dead space by rewriting itself while idle (H2's append-only file). */
    boolean compacts();

    /** Rewrites the store; only called when {@link #compacts()}, with no connection open. */
    void compact() throws SQLException;

    /** How much of the store is live, in percent; 100 where nothing is to be compacted. */
    int fillPercent() throws SQLException;

    long sizeBytes() throws SQLException;

    /** A consistent copy of the store, written to {@code zip} while it is in use. */
    void backup(Path zip) throws SQLException, java.io.IOException;

    @Override
    void close();
}
