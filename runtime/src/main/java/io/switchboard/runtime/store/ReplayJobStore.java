package io.switchboard.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Replay jobs and their messages' outcomes. */
public final class ReplayJobStore {

    /** One message of a job with its outcome; null while it waits for its turn. */
    public record Item(long failedId, ReplayRecord.Outcome outcome, String detail) {
    }

    private static final String COLUMNS = "id, created_at, actor, role, reason, selection, group_id, "
            + "throttle_per_second, state, finished_at, newest_failed_id";

    private final Database database;

    public ReplayJobStore(Database database) {
        this.database = database;
    }

    /** Creates a QUEUED job with its messages, in one commit; answers its id. */
    public long create(String actor, String role, String reason, String selection, String groupId,
                       int throttlePerSecond, List<Long> failedIds) {
        return database.writer().execute(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO replay_job (created_at, actor, "
                    + "role, reason, selection, group_id, throttle_per_second, state, newest_failed_id) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM failed_message))",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, FailedMessageStore.utc(Instant.now()));
                insert.setString(2, actor);
                insert.setString(3, role);
                insert.setString(4, reason == null ? null : truncate(reason, 2000));
                insert.setString(5, truncate(selection, 4000));
                insert.setString(6, groupId);
                insert.setInt(7, throttlePerSecond);
                insert.setString(8, ReplayJob.State.QUEUED.name());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement item = connection.prepareStatement(
                    "INSERT INTO replay_job_item (job_id, failed_id) VALUES (?, ?)")) {
                for (long failedId : failedIds) {
                    item.setLong(1, id);
                    item.setLong(2, failedId);
                    item.addBatch();
                }
                item.executeBatch();
            }
            return id;
        });
    }

    /** Records one message's outcome, inside the commit of the replay's own outcome. */
    public static void recorded(Connection connection, long jobId, long failedId, ReplayRecord.Outcome outcome,
                                String detail) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE replay_job_item SET outcome = ?, detail = ? WHERE job_id = ? AND failed_id = ?")) {
            update.setString(1, outcome.name());
            update.setString(2, detail == null ? null : truncate(detail, 4000));
            update.setLong(3, jobId);
            update.setLong(4, failedId);
            update.executeUpdate();
        }
    }

    /** Records an outcome on its own: for a message that was gone when its turn came. */
    public void record(long jobId, long failedId, ReplayRecord.Outcome outcome, String detail) {
        database.writer().execute(connection -> {
            recorded(connection, jobId, failedId, outcome, detail);
            return null;
        });
    }

    /** Moves a job to a state; a finished state also sets when. False when it was not in {@code from}. */
    public boolean move(long jobId, ReplayJob.State from, ReplayJob.State to) {
        return database.writer().execute(connection -> move(connection, jobId, from, to));
    }

    static boolean move(Connection connection, long jobId, ReplayJob.State from, ReplayJob.State to)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE replay_job SET state = ?"
                + (to.finished() ? ", finished_at = ?" : "") + " WHERE id = ? AND state = ?")) {
            int index = 1;
            update.setString(index++, to.name());
            if (to.finished()) {
                update.setObject(index++, FailedMessageStore.utc(Instant.now()));
            }
            update.setLong(index++, jobId);
            update.setString(index, from.name());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Jobs a stopped runtime left queued or running become INTERRUPTED, with an audit line each: they are not
     * resumed on their own (an operator decides), and what they had done stays recorded. Answers their ids.
     */
    public List<Long> interruptUnfinished(String actor, String role) {
        return database.writer().execute(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, state FROM replay_job WHERE state IN ('QUEUED', 'RUNNING')");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            for (long id : ids) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE replay_job SET state = ?, "
                        + "finished_at = ? WHERE id = ?")) {
                    update.setString(1, ReplayJob.State.INTERRUPTED.name());
                    update.setObject(2, FailedMessageStore.utc(Instant.now()));
                    update.setLong(3, id);
                    update.executeUpdate();
                }
                AuditLog.append(connection, actor, role, "replay-job", null, null, String.valueOf(id),
                        "INTERRUPTED: the runtime stopped while the job ran; the messages it had not reached are "
                                + "still waiting");
            }
            return ids;
        });
    }

    public Optional<ReplayJob> find(long id) {
        List<ReplayJob> found = select("WHERE id = ?", id, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The newest first. */
    public List<ReplayJob> list(int limit) {
        return select("", null, limit);
    }

    /**
     * Takes up to {@code max} of a job's waiting messages for this runtime, newest first, in one commit: rows
     * another runtime is taking at the same moment are skipped ({@code FOR UPDATE SKIP LOCKED}), and a message
     * taken is marked as this runtime's, so no two runtimes working one job replay the same message.
     */
    public List<Long> take(long jobId, String instance, int max) {
        return database.writer().execute(connection -> {
            List<Long> ids = new ArrayList<>();
            // Nothing more once the job has ended (cancelled through any runtime of a shared store).
            try (PreparedStatement select = connection.prepareStatement("SELECT failed_id FROM replay_job_item "
                    + "WHERE job_id = ? AND outcome IS NULL AND claimed_by IS NULL AND EXISTS (SELECT 1 FROM "
                    + "replay_job WHERE id = ? AND state = 'RUNNING') ORDER BY failed_id DESC LIMIT "
                    + Math.max(1, max) + database.forUpdateSkipLocked())) {
                select.setLong(1, jobId);
                select.setLong(2, jobId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE replay_job_item SET claimed_by = ? WHERE job_id = ? AND failed_id = ?")) {
                for (long id : ids) {
                    update.setString(1, instance);
                    update.setLong(2, jobId);
                    update.setLong(3, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return ids;
        });
    }

    /** A queued job starts, held by this runtime until {@code until}, in one commit; false when it was not queued. */
    public boolean start(long jobId, String instance, Instant until) {
        return database.writer().execute(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE replay_job SET state = 'RUNNING', "
                    + "owner = ?, lease_until = ? WHERE id = ? AND state = 'QUEUED'")) {
                update.setString(1, instance);
                update.setObject(2, FailedMessageStore.utc(until));
                update.setLong(3, jobId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** The runtime running the job holds it until {@code until}; false when the job is not running. */
    public boolean hold(long jobId, String instance, Instant until) {
        return database.writer().execute(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE replay_job SET owner = ?, "
                    + "lease_until = ? WHERE id = ? AND state = 'RUNNING'")) {
                update.setString(1, instance);
                update.setObject(2, FailedMessageStore.utc(until));
                update.setLong(3, jobId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Renews the lease of every job this runtime is running (with its heartbeat). */
    public int renew(String instance, Instant until) {
        return database.writer().execute(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE replay_job SET lease_until = ? "
                    + "WHERE owner = ? AND state = 'RUNNING'")) {
                update.setObject(1, FailedMessageStore.utc(until));
                update.setString(2, instance);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Takes over running jobs whose runtime let their lease run out (it stopped, or was killed): each becomes this
     * runtime's, and the messages its old runtime had taken but not finished wait again. Answers their ids.
     */
    public List<Long> takeOverExpired(String instance, Instant now, Instant until) {
        return database.writer().execute(connection -> {
            List<Long> expired = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM replay_job "
                    + "WHERE state = 'RUNNING' AND lease_until < ?" + database.forUpdateSkipLocked())) {
                select.setObject(1, FailedMessageStore.utc(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        expired.add(rows.getLong(1));
                    }
                }
            }
            for (long id : expired) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE replay_job SET owner = ?, lease_until = ? WHERE id = ?")) {
                    update.setString(1, instance);
                    update.setObject(2, FailedMessageStore.utc(until));
                    update.setLong(3, id);
                    update.executeUpdate();
                }
                try (PreparedStatement release = connection.prepareStatement("UPDATE replay_job_item "
                        + "SET claimed_by = NULL WHERE job_id = ? AND outcome IS NULL")) {
                    release.setLong(1, id);
                    release.executeUpdate();
                }
                AuditLog.append(connection, "runtime", "system", "replay-job", null, null, String.valueOf(id),
                        "taken over by " + instance + ": the runtime running it stopped showing it was alive");
            }
            return expired;
        });
    }

    /** A page of a job's messages with their outcomes, by message id descending, after a cursor. */
    public List<Item> items(long jobId, Long before, int limit) {
        String sql = "SELECT failed_id, outcome, detail FROM replay_job_item WHERE job_id = ?"
                + (before == null ? "" : " AND failed_id < ?") + " ORDER BY failed_id DESC LIMIT "
                + Math.max(1, Math.min(limit, 500));
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, jobId);
            if (before != null) {
                select.setLong(2, before);
            }
            List<Item> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String outcome = rows.getString(2);
                    items.add(new Item(rows.getLong(1), outcome == null ? null
                            : ReplayRecord.Outcome.valueOf(outcome), rows.getString(3)));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new StoreException("cannot read replay job " + jobId, e);
        }
    }

    private List<ReplayJob> select(String where, Long id, int limit) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM replay_job "
                     + where + " ORDER BY id DESC LIMIT " + limit)) {
            if (id != null) {
                select.setLong(1, id);
            }
            List<ReplayJob> jobs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(read(connection, rows));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new StoreException("cannot read replay jobs", e);
        }
    }

    private static ReplayJob read(Connection connection, ResultSet rows) throws SQLException {
        long id = rows.getLong("id");
        Map<ReplayRecord.Outcome, Long> outcomes = new EnumMap<>(ReplayRecord.Outcome.class);
        long total = 0;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT outcome, COUNT(*) FROM replay_job_item WHERE job_id = ? GROUP BY outcome")) {
            count.setLong(1, id);
            try (ResultSet counted = count.executeQuery()) {
                while (counted.next()) {
                    total += counted.getLong(2);
                    if (counted.getString(1) != null) {
                        outcomes.put(ReplayRecord.Outcome.valueOf(counted.getString(1)), counted.getLong(2));
                    }
                }
            }
        }
        OffsetDateTime finished = rows.getObject("finished_at", OffsetDateTime.class);
        return new ReplayJob(id, rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                rows.getString("actor"), rows.getString("role"), rows.getString("reason"),
                rows.getString("selection"), rows.getString("group_id"), rows.getInt("throttle_per_second"),
                ReplayJob.State.valueOf(rows.getString("state")), finished == null ? null : finished.toInstant(),
                total, outcomes, rows.getLong("newest_failed_id"));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
