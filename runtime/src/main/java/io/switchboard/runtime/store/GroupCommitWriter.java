package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every write to the database goes through this one thread, which commits whatever has queued up together and then
 * puts it on stable storage (H2: {@code CHECKPOINT SYNC} writes the store out and fsyncs it; PostgreSQL: the commit
 * itself) before anybody in the batch is answered: under load, one commit and one fsync serve many messages instead of one each. A caller that
 * must not answer before its row is durable waits on {@link #execute}; one that may go on calls {@link #submit}.
 * Writes are applied in the order they were queued, so a later read-your-write through this writer sees an earlier
 * one. When a write fails, its batch is rolled back and every write in it retried in a transaction of its own,
 * so only the failing one fails.
 */
public final class GroupCommitWriter implements AutoCloseable {

    /** A write that runs inside the batch's transaction. */
    @FunctionalInterface
    public interface Write<T> {
        T apply(Connection connection) throws SQLException;
    }

    private record Pending<T>(Write<T> write, CompletableFuture<T> result, boolean awaited) {
    }

    /**
     * How long writes nobody waits for may wait for company, so that one commit carries many: each commit writes
     * the changed pages to the file, which costs far more than the rows. A write somebody waits for ends the wait.
     */
    static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    static final int MAX_BATCH = 512;

    static final int IDLE_SECONDS = 5;
    static final long COMPACT_ABOVE_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final Database database;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    public GroupCommitWriter(Database database) {
        this.database = database;
        this.thread = new Thread(this::run, "switchboard-db-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a write and waits until it is committed; its exception, if any, is rethrown as a StoreException. */
    public <T> T execute(Write<T> write) {
        try {
            return enqueue(write, true).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof StoreException store ? store : new StoreException(cause.getMessage(), cause);
        }
    }

    /**
     * Queues a write nobody waits for; it may linger up to {@link #LINGER_NANOS} for others to share its commit.
     * The future completes once it is committed.
     */
    public <T> CompletableFuture<T> submit(Write<T> write) {
        return enqueue(write, false);
    }

    private <T> CompletableFuture<T> enqueue(Write<T> write, boolean awaited) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new StoreException("the database is closed", null));
            return result;
        }
        queue.add(new Pending<>(write, result, awaited));
        return result;
    }

    private void run() {
        List<Pending<?>> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                Pending<?> first = queue.poll(IDLE_SECONDS, TimeUnit.SECONDS);
                if (first == null) {
                    compactWhileIdle();
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                // Never interrupted on purpose: an interrupt would close H2's file channel mid-write.
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            linger(batch);
            stop = batch.removeIf(pending -> pending.write() == null);
            commit(batch);
            batch.clear();
        }
    }

    /**
     * The append-only file is compacted when nothing has been written for {@value #IDLE_SECONDS} s, it is larger
     * than {@value #COMPACT_ABOVE_BYTES} bytes and less than half of it is live; no write waits for it.
     */
    private void compactWhileIdle() {
        try {
            long start = System.nanoTime();
            if (database.compactIfWasteful(COMPACT_ABOVE_BYTES, 50, Duration.ofSeconds(2))) {
                LOG.info("Compacted the store to {} bytes in {} ms", database.sizeBytes(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not compact the store; it is tried again when the store is idle: {}", e.getMessage());
        }
    }

    /** While nobody in the batch is waiting, gathers more writes for a while before committing. */
    private void linger(List<Pending<?>> batch) {
        long deadline = System.nanoTime() + LINGER_NANOS;
        while (batch.size() < MAX_BATCH && batch.stream().noneMatch(p -> p.awaited() || p.write() == null)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Pending<?> next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return;
                }
                batch.add(next);
                queue.drainTo(batch, MAX_BATCH - batch.size());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                for (Pending<?> pending : batch) {
                    completions.add(apply(connection, pending));
                }
                connection.commit();
                database.afterCommit(connection);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (batch.size() == 1) {
                    batch.get(0).result().completeExceptionally(e);
                    return;
                }
                // One write failed: give each its own transaction, so only that one fails.
                for (Pending<?> pending : batch) {
                    commit(new ArrayList<>(List.of(pending)));
                }
                return;
            }
            completions.forEach(Runnable::run);
        } catch (SQLException e) {
            StoreException failure = new StoreException("cannot commit " + batch.size() + " write(s)", e);
            batch.forEach(pending -> pending.result().completeExceptionally(failure));
        }
    }

    private static <T> Runnable apply(Connection connection, Pending<T> pending) throws SQLException {
        T value = pending.write().apply(connection);
        return () -> pending.result().complete(value);
    }

    /** Commits what is queued, then stops the writer thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(new Pending<>(null, new CompletableFuture<>(), true));
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
