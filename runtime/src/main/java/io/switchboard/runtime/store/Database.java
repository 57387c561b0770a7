package io.switchboard.runtime.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The runtime's store: failed messages, delivered idempotency keys, replays, the audit log, tokens and flow
 * versions, in one database so that a key and the audit entry of its replay commit together. By default the H2 file
 * in the data folder ({@link H2Backend}); for several runtimes, a PostgreSQL database they share
 * ({@link PostgresBackend}). Its tables are Flyway's migrations: {@code db/migration/common}, and
 * what each database writes its own way ({@code .../h2}, {@code .../postgresql}).
 *
 * <p>H2's durability: H2 neither writes nor fsyncs a commit by itself, so {@link GroupCommitWriter} ends every commit with
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

    private final Backend backend;
    /** Reads hold it shared while their connection is open; compaction, which closes the store, exclusively. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private final GroupCommitWriter writer;

    private Database(Backend backend) {
        this.backend = backend;
        this.writer = new GroupCommitWriter(this);
    }

    /** The one way to write: commits are shared by whatever is waiting. Reads use {@link #connection()}. */
    public GroupCommitWriter writer() {
        return writer;
    }

    /** Opens (creating when needed) {@code DIR/switchboard.mv.db}. */
    public static Database open(Path dataDir) throws SQLException {
        return open(new StoreLocation.Embedded(dataDir.toAbsolutePath()));
    }

    /** Opens the store where it lives, bringing its tables to this runtime's version (Flyway). */
    public static Database open(StoreLocation location) throws SQLException {
        Backend backend = location instanceof StoreLocation.Shared shared ? new PostgresBackend(shared)
                : new H2Backend(((StoreLocation.Embedded) location).dataDir().toAbsolutePath());
        Database database = new Database(backend);
        try {
            database.migrate();
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Whether several runtimes share this store (PostgreSQL), rather than one owning it (H2). */
    public boolean shared() {
        return backend instanceof PostgresBackend;
    }

    /** An insert that replaces the row with the same key (the first {@code keyCount} columns), in this store's SQL. */
    public String upsert(String table, List<String> columns, int keyCount) {
        return backend.upsert(table, columns, keyCount);
    }

    /** Ends a {@code SELECT} that locks the rows it takes, skipping those another runtime holds (PostgreSQL). */
    public String forUpdateSkipLocked() {
        return backend.forUpdateSkipLocked();
    }

    /** What makes a commit durable in this store; the writer runs it before answering anybody. */
    void afterCommit(Connection connection) throws SQLException {
        backend.afterCommit(connection);
    }

    /**
     * A connection for reading (writes go through {@link #writer()}). Close it soon: while it is open the store
     * cannot be compacted.
     */
    public Connection connection() throws SQLException {
        Lock lock = gate.readLock();
        lock.lock();
        try {
            Connection connection = backend.dataSource().getConnection();
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
        if (!backend.compacts() || sizeBytes() < minimumBytes || backend.fillPercent() > maximumFillPercent) {
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
            backend.compact();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Brings the tables to this runtime's version with Flyway. A store made before Flyway kept its schema has no
     * history: it is taken as version 0, and version 1 (all of it {@code IF NOT EXISTS}) completes it.
     */
    private void migrate() throws SQLException {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(backend.dataSource())
                    .locations(backend.migrations(), "classpath:db/migration/common")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new SQLException("its tables could not be brought to this runtime's version: " + e.getMessage(), e);
        }
        try (Connection connection = connection()) {
            // H2 writes nothing in the background (WRITE_DELAY=0): the tables are on disk once this has run.
            backend.afterCommit(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot sync the store after bringing its tables up to date", e);
        }
    }

    /**
     * Writes a consistent copy of the database, while it is in use, to {@code zip} (H2's {@code BACKUP}); readable
     * by its owner only. {@link StoreRestore} puts it back. A shared store is backed up with PostgreSQL's tools.
     */
    public void backup(Path zip) throws SQLException, java.io.IOException {
        backend.backup(zip);
    }

    /** Whether the store answers a query now (for a readiness probe). */
    public boolean reachable() {
        try (Connection connection = connection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Size of the store in bytes, for the health report. */
    public long sizeBytes() {
        try {
            return backend.sizeBytes();
        } catch (SQLException e) {
            throw new StoreException("cannot read the size of the store", e);
        }
    }

    @Override
    public void close() {
        writer.close();
        backend.close();
    }
}
