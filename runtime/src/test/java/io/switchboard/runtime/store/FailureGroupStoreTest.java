package io.switchboard.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureGroupStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    @TempDir
    Path data;

    private static FailedMessage failure(String order, String error, Instant at) {
        return new FailedMessage(0, "orders", 1, at, at, "c-" + order, order, "TargetUnavailableException",
                error.replace("{order}", order), "to-target", 3, FailedMessage.Status.FAILED, "application/json",
                Map.of(), ("{\"orderId\":\"" + order + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void failuresThatDifferOnlyInTheirValuesAreCountedInOneGroupAsTheyFailAndMoveOn() throws Exception {
        try (Database database = Database.open(data)) {
            FailedMessageStore messages = new FailedMessageStore(database);
            FailureGroupStore groups = new FailureGroupStore(database);
            long first = messages.store(failure("ORD-1", "HTTP 503 for order '{order}'", T0));
            long second = messages.store(failure("ORD-2", "HTTP 503 for order '{order}'", T0.plusSeconds(60)));
            long other = messages.store(failure("ORD-3", "connection refused", T0.plusSeconds(30)));

            List<FailureGroup> all = groups.list(FailedMessageQuery.all());
            assertEquals(2, all.size());
            FailureGroup http = all.get(0);
            assertEquals("HTTP 503 for order '…'", http.signature().pattern());
            assertEquals(2, http.failures());
            assertEquals(2, http.waiting());
            assertEquals(T0, http.firstFailedAt());
            assertEquals(T0.plusSeconds(60), http.lastFailedAt());
            assertEquals(second, http.sampleId());
            assertNull(http.lastReplayedAt());
            assertEquals(List.of(other), messages.list(FailedMessageQuery.all().withGroup(all.get(1).id())).stream()
                    .map(FailedMessage::id).toList());

            messages.transition(first, FailedMessage.Status.FAILED, FailedMessage.Status.REPLAYING);
            FailureGroup replaying = groups.list(FailedMessageQuery.all().withGroup(http.id())).get(0);
            assertEquals(1, replaying.waiting());
            assertNotNull(replaying.lastReplayedAt());
            messages.transition(first, FailedMessage.Status.REPLAYING, FailedMessage.Status.FAILED);
            messages.transition(second, FailedMessage.Status.FAILED, FailedMessage.Status.DISCARDED);

            FailureGroup after = groups.list(FailedMessageQuery.all().withGroup(http.id())).get(0);
            assertEquals(2, after.failures());
            assertEquals(1, after.waiting());
            FailureGroup counted = groups.list(FailedMessageQuery.all().withStatus(FailedMessage.Status.DISCARDED))
                    .get(0);
            assertEquals(http.id(), counted.id());
            assertEquals(1, counted.failures(), "with a status, the matching messages are counted");
        }
    }

    @Test
    void messagesStoredBeforeGroupsArePutInTheirGroupsAtStart() throws Exception {
        try (Database database = Database.open(data)) {
            FailedMessageStore messages = new FailedMessageStore(database);
            FailureGroupStore groups = new FailureGroupStore(database);
            for (int i = 0; i < 5; i++) {
                messages.store(failure("ORD-" + i, "HTTP 500 for order '{order}'", T0.plusSeconds(i)));
            }
            // As a store written before groups holds them: no group, nothing counted.
            database.writer().execute(connection -> {
                try (PreparedStatement clear = connection.prepareStatement(
                        "UPDATE failed_message SET group_id = NULL");
                     PreparedStatement forget = connection.prepareStatement("DELETE FROM failure_group")) {
                    clear.executeUpdate();
                    forget.executeUpdate();
                }
                return null;
            });
            assertEquals(List.of(), groups.list(FailedMessageQuery.all()));

            assertEquals(5, groups.assignMissing());

            FailureGroup group = groups.list(FailedMessageQuery.all()).get(0);
            assertEquals(5, group.failures());
            assertEquals(5, group.waiting());
            assertEquals(0, groups.assignMissing());
        }
    }
}
