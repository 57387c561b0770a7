package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A replay job on a store two runtimes share: its messages are taken in batches that never overlap, however the
 * two race, and a job whose runtime stopped showing it is alive is taken over with the messages it had not finished.
 */
class SharedReplayJobsTest {

    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.shared();
    }

    @Test
    void twoRuntimesTakingOneJobsMessagesNeverTakeTheSameOne() throws Exception {
        StoreLocation.Shared location = server.newDatabase("jobs_race");
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            List<Long> ids = LongStream.rangeClosed(1, 300).boxed().toList();
            long job = new ReplayJobStore(one).create("alice", "operator", "incident", "group g", null, 0, ids);
            assertTrue(new ReplayJobStore(one).move(job, ReplayJob.State.QUEUED, ReplayJob.State.RUNNING));

            int takers = 8;
            ExecutorService pool = Executors.newFixedThreadPool(takers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                ReplayJobStore store = new ReplayJobStore(i % 2 == 0 ? one : other);
                String runtime = i % 2 == 0 ? "one" : "other";
                taken.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (List<Long> batch = store.take(job, runtime, 7); !batch.isEmpty();
                         batch = store.take(job, runtime, 7)) {
                        mine.addAll(batch);
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> each : taken) {
                all.addAll(each.get());
            }
            pool.shutdown();
            assertEquals(300, all.size(), "every message taken once");
            assertEquals(new HashSet<>(ids), new HashSet<>(all));
        }
    }

    @Test
    void aJobWhoseRuntimeIsGoneIsTakenOverWithWhatItHadNotFinished() throws Exception {
        StoreLocation.Shared location = server.newDatabase("jobs_takeover");
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            ReplayJobStore jobs = new ReplayJobStore(one);
            long job = jobs.create("alice", "operator", null, "all", null, 0, List.of(1L, 2L, 3L, 4L));
            jobs.move(job, ReplayJob.State.QUEUED, ReplayJob.State.RUNNING);
            Instant now = Instant.now();
            assertTrue(jobs.hold(job, "one", now.plusSeconds(30)));
            List<Long> first = jobs.take(job, "one", 2);
            jobs.record(job, first.get(0), ReplayRecord.Outcome.DELIVERED, null);

            ReplayJobStore others = new ReplayJobStore(other);
            assertEquals(List.of(), others.takeOverExpired("other", now, now.plusSeconds(30)), "its lease runs");
            jobs.hold(job, "one", now.minusSeconds(1));
            assertEquals(List.of(job), others.takeOverExpired("other", now, now.plusSeconds(30)));
            assertEquals(List.of(), others.takeOverExpired("third", now, now.plusSeconds(30)), "taken once");

            List<Long> rest = others.take(job, "other", 10);
            Collections.sort(rest);
            List<Long> expected = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
            expected.remove(first.get(0));
            assertEquals(expected, rest, "the message it had taken but not finished waits again");
            assertEquals("other", owner(other, job));
        }
    }

    private static String owner(Database database, long job) throws Exception {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT owner FROM replay_job WHERE id = ?")) {
            select.setLong(1, job);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
