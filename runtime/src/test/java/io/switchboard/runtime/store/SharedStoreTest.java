package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store on a real PostgreSQL server that two runtimes share: the same tables (Flyway), what one writes the
 * other reads, and an idempotency key claimed by exactly one delivery across both.
 */
class SharedStoreTest {

    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.shared();
    }

    private static StoreLocation.Shared freshDatabase() throws Exception {
        return server.newDatabase("store");
    }

    @Test
    void openingASharedStoreBringsItsTablesToThisVersionOnce() throws Exception {
        StoreLocation.Shared location = freshDatabase();
        try (Database first = Database.open(location); Database second = Database.open(location)) {
            assertTrue(first.shared());
            try (Connection connection = second.connection();
                 ResultSet rows = connection.createStatement().executeQuery(
                         "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
                List<String> versions = new ArrayList<>();
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
                assertEquals(List.of("1", "2", "3", "4"), versions);
            }
            assertTrue(first.sizeBytes() > 0);
        }
    }

    @Test
    void aFailedMessageStoredByOneRuntimeIsReadByTheOther() throws Exception {
        StoreLocation.Shared location = freshDatabase();
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long id = new FailedMessageStore(one).store(new FailedMessage(0, "orders", 1, now, now, "corr-1",
                    "ORD-1", "HttpOperationFailedException", "422 from the target", "to-target", 3,
                    FailedMessage.Status.FAILED, "application/json", Map.of("X-Shop", "web"),
                    "{\"orderId\":\"ORD-1\"}".getBytes(StandardCharsets.UTF_8)));

            FailedMessage read = new FailedMessageStore(other).find(id).orElseThrow();
            assertEquals("corr-1", read.correlationId());
            assertEquals(now, read.failedAt());
            assertEquals("{\"orderId\":\"ORD-1\"}", new String(read.payload(), StandardCharsets.UTF_8));
            assertEquals(Map.of("X-Shop", "web"), read.headers());
            assertTrue(new FailedMessageStore(other).transition(id, FailedMessage.Status.FAILED,
                    FailedMessage.Status.REPLAYING));
        }
    }

    @Test
    void aKeyIsClaimedByExactlyOneReplayAcrossTwoRuntimes() throws Exception {
        StoreLocation.Shared location = freshDatabase();
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            int racers = 16;
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IdempotencyStore.Claim>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Database runtime = i % 2 == 0 ? one : other;
                long failedId = i + 1;
                Callable<IdempotencyStore.Claim> claim = () -> {
                    start.await();
                    return runtime.writer().execute(connection -> IdempotencyStore.claim(connection, "orders",
                            "ORD-7", failedId));
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            List<IdempotencyStore.Claim> outcomes = new ArrayList<>();
            for (Future<IdempotencyStore.Claim> claim : claims) {
                outcomes.add(claim.get());
            }
            pool.shutdown();
            assertEquals(1, outcomes.stream().filter(outcome -> outcome == IdempotencyStore.Claim.CLAIMED).count(),
                    outcomes.toString());
            assertEquals(racers - 1, outcomes.stream()
                    .filter(outcome -> outcome == IdempotencyStore.Claim.IN_PROGRESS).count());

            new IdempotencyStore(one).recordDelivered("orders", "ORD-8");
            one.writer().execute(connection -> 0);
            assertEquals(IdempotencyStore.Known.DELIVERED, new IdempotencyStore(other).known("orders", "ORD-8"));
        }
    }

    @Test
    void aVersionDeployedThroughOneRuntimeIsActiveForTheOther() throws Exception {
        StoreLocation.Shared location = freshDatabase();
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            FlowVersionStore versions = new FlowVersionStore(one);
            int version = versions.nextVersion("orders");
            versions.save("orders", version, "alice", "{\"flow\":{}}");
            versions.activate("orders", version, true);
            versions.activate("orders", version, false);

            List<FlowVersionStore.VersionInfo> seen = new FlowVersionStore(other).versions("orders");
            assertEquals(1, seen.size());
            assertEquals("alice", seen.get(0).actor());
            assertTrue(seen.get(0).active());
        }
    }

    @Test
    void aSharedStoreIsBackedUpWithPostgresqlsToolsAndItsPasswordNeverInItsUrl() throws Exception {
        try (Database store = Database.open(freshDatabase())) {
            StoreException refused = assertThrows(StoreException.class, () -> store.backup(Path.of("/tmp/x.zip")));
            assertTrue(refused.getMessage().contains("pg_dump"), refused.getMessage());
        }
        IllegalArgumentException withPassword = assertThrows(IllegalArgumentException.class,
                () -> new StoreLocation.Shared(server.url() + "?password=secret", "u", "p"));
        assertTrue(withPassword.getMessage().contains("SWITCHBOARD_STORE_PASSWORD"), withPassword.getMessage());
        assertTrue(!server.location().toString().contains(PostgresServer.PASSWORD));
    }
}
