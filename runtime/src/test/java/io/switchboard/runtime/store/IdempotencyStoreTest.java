package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotencyStoreTest {

    @TempDir
    Path data;

    @Test
    void aClaimAfterDeliveriesRecordedFromManyThreadsSeesEveryOneOfThem() throws Exception {
        try (Database database = Database.open(data)) {
            IdempotencyStore keys = new IdempotencyStore(database);
            int threads = 8;
            int perThread = 500;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        keys.recordDelivered("orders", "ORD-" + thread + "-" + i);
                    }
                    done.countDown();
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
            pool.shutdown();

            List<String> claimed = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    String key = "ORD-" + t + "-" + i;
                    if (claim(database, "orders", key) == IdempotencyStore.Claim.CLAIMED) {
                        claimed.add(key);
                    }
                }
            }
            assertEquals(List.of(), claimed);
            assertEquals(IdempotencyStore.Claim.CLAIMED, claim(database, "orders", "ORD-new"));
            assertEquals(IdempotencyStore.Claim.IN_PROGRESS, claim(database, "orders", "ORD-new"));
        }
    }

    @Test
    void theSameKeyDeliveredTwiceIsOneRowAndAReleasedClaimCanBeClaimedAgainAndAConfirmedOneNot() throws Exception {
        try (Database database = Database.open(data)) {
            IdempotencyStore keys = new IdempotencyStore(database);
            keys.recordDelivered("orders", "ORD-1");
            keys.recordDelivered("orders", "ORD-1");
            keys.recordDelivered("billing", "ORD-1");
            assertEquals(IdempotencyStore.Claim.DELIVERED, claim(database, "orders", "ORD-1"));
            assertTrue(keys.isDelivered("billing", "ORD-1"));

            assertEquals(IdempotencyStore.Claim.CLAIMED, claim(database, "orders", "ORD-2"));
            assertFalse(keys.isDelivered("orders", "ORD-2"), "a claim is not a delivery");
            database.writer().execute(connection -> IdempotencyStore.release(connection, "orders", "ORD-2"));
            assertEquals(IdempotencyStore.Claim.CLAIMED, claim(database, "orders", "ORD-2"));
            database.writer().execute(connection -> {
                IdempotencyStore.confirm(connection, "orders", "ORD-2");
                return null;
            });
            assertTrue(keys.isDelivered("orders", "ORD-2"));
            assertEquals(IdempotencyStore.Claim.DELIVERED, claim(database, "orders", "ORD-2"));
        }
    }

    @Test
    void keysRecordedJustBeforeTheDatabaseClosesAreWritten() throws Exception {
        try (Database database = Database.open(data)) {
            IdempotencyStore keys = new IdempotencyStore(database);
            for (int i = 0; i < 100; i++) {
                keys.recordDelivered("orders", "ORD-" + i);
            }
        }
        try (Database reopened = Database.open(data)) {
            IdempotencyStore keys = new IdempotencyStore(reopened);
            for (int i = 0; i < 100; i++) {
                assertTrue(keys.isDelivered("orders", "ORD-" + i), "ORD-" + i);
            }
        }
    }

    private static IdempotencyStore.Claim claim(Database database, String flow, String key) {
        return database.writer().execute(connection -> IdempotencyStore.claim(connection, flow, key, 1));
    }
}
