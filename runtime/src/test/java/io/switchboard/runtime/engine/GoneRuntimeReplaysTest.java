package io.switchboard.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.IdempotencyStore;
import io.switchboard.runtime.store.PostgresServer;
import io.switchboard.runtime.store.ReplayLog;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a store runtimes share, a message a runtime was replaying when it died waits again once that runtime is gone,
 * its key's claim given back; one an alive runtime is replaying is left to it.
 */
class GoneRuntimeReplaysTest {

    @Test
    void aGoneRuntimesReplaysWaitAgainAndAnAliveOnesAreLeftAlone() throws Exception {
        try (Database database = Database.open(PostgresServer.shared().newDatabase("gone"))) {
            FailedMessageStore messages = new FailedMessageStore(database);
            long gone = messages.store(message("ORD-1"));
            long alive = messages.store(message("ORD-2"));
            database.writer().execute(connection -> {
                for (long[] replaying : new long[][] {{gone, 0}, {alive, 1}}) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE failed_message SET status = "
                            + "'REPLAYING', replaying_by = ? WHERE id = ?")) {
                        update.setString(1, replaying[1] == 0 ? "runtime-b:8081" : "runtime-c:8081");
                        update.setLong(2, replaying[0]);
                        update.executeUpdate();
                    }
                }
                return IdempotencyStore.claim(connection, "orders", "ORD-1", gone);
            });
            ReplayService replay = new ReplayService(messages, new IdempotencyStore(database), new ReplayLog(database),
                    new AuditLog(database), null, null, null, database.writer(), "runtime-a:8081");

            assertEquals(1, replay.recoverGone(List.of("runtime-a:8081", "runtime-c:8081")));

            assertEquals(FailedMessage.Status.FAILED, messages.find(gone).orElseThrow().status());
            assertEquals(IdempotencyStore.Known.NOTHING, new IdempotencyStore(database).known("orders", "ORD-1"),
                    "its claim given back");
            assertEquals(FailedMessage.Status.REPLAYING, messages.find(alive).orElseThrow().status());
            assertEquals(0, replay.recoverGone(List.of("runtime-a:8081", "runtime-c:8081")), "once");
        }
    }

    private static FailedMessage message(String order) {
        Instant now = Instant.now();
        return new FailedMessage(0, "orders", 1, now, now, "corr-" + order, order, "HttpOperationFailedException",
                "503", "to-target", 3, FailedMessage.Status.FAILED, "application/json", Map.of(),
                ("{\"orderId\":\"" + order + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
