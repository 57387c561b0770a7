package io.switchboard.runtimeclient.wire;

import java.time.Instant;
import java.util.Map;

/**
 * A bulk replay the runtime runs in the background: its state (QUEUED, RUNNING, DONE, CANCELLED, INTERRUPTED),
 * who asked and why, what it chose, its pace, how many of its {@code total} messages ended each way so far
 * ({@code outcomes}: DELIVERED, SKIPPED_DUPLICATE, SKIPPED_IN_PROGRESS, FAILED), and, for a job over a failure
 * group, how many new messages failed in that group while it ran.
 */
public record ReplayJobView(long id, String state, Instant createdAt, Instant finishedAt, String actor,
                            String reason, String selection, String groupId, int throttlePerSecond, long total,
                            long done, Map<String, Long> outcomes, long newFailuresSinceStart) {
}
