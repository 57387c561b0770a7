package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Every write to the database goes through this one thread, which commits whatever has queued up together: under
 * load, one commit (one write to the operating system) serves many messages instead of one each. A caller that
 * must not answer before its row is committed waits on {@link #execute}; one that may go on calls {@link #submit}.
 * Writes are applied in the order they were queued, so a later read-your-write through this writer sees an earlier
 * one. A failing write is rolled back alone (savepoints); the others in its batch still commit.
 */
public final class GroupCommitWriter implements AutoCloseable {

    /** A write that runs inside the batch's transaction. */
    @FunctionalInterface
    public interface Write<T> {
        T apply(Connection connection) throws SQLException;
    }

    private record Pending<T>(Write<T> write, CompletableFuture<T> result) {
    }

    static final int MAX_BATCH = 512;

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
            return submit(write).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof StoreException store ? store : new StoreException(cause.getMessage(), cause);
        }
    }

    /** Queues a write; the future completes once it is committed. */
    public <T> CompletableFuture<T> submit(Write<T> write) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new StoreException("the database is closed", null));
            return result;
        }
        queue.add(new Pending<>(write, result));
        return result;
    }

    private void run() {
        List<Pending<?>> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Never interrupted on purpose: an interrupt would close H2's file channel mid-write.
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stop = batch.removeIf(pending -> pending.write() == null);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Pending<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            for (Pending<?> pending : batch) {
                completions.add(apply(connection, pending));
            }
            connection.commit();
            completions.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            StoreException failure = new StoreException("cannot commit " + batch.size() + " write(s)", e);
            batch.forEach(pending -> pending.result().completeExceptionally(failure));
        }
    }

    private static <T> Runnable apply(Connection connection, Pending<T> pending) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T value = pending.write().apply(connection);
            return () -> pending.result().complete(value);
        } catch (SQLException | RuntimeException e) {
            connection.rollback(savepoint);
            return () -> pending.result().completeExceptionally(e);
        }
    }

    /** Commits what is queued, then stops the writer thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(new Pending<>(null, new CompletableFuture<>()));
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
