package io.switchboard.runtime.store;

import java.time.Instant;
import java.util.Map;

/**
 * A bulk replay: who asked, why, what was chosen ({@code selection}, as asked: ids or a filter), the pace, where it
 * stands, and how many of its messages ended each way so far.
 *
 * @param groupId        the failure group it replays, when it was asked for one: new failures there are worth a
 *                       warning
 * @param newestFailedId the newest failed message's id when the job was made: the ones above it came later
 */
public record ReplayJob(long id, Instant createdAt, String actor, String role, String reason, String selection,
                        String groupId, int throttlePerSecond, State state, Instant finishedAt, long total,
                        Map<ReplayRecord.Outcome, Long> outcomes, long newestFailedId) {

    /** QUEUED until a runner takes it; INTERRUPTED when the runtime stopped while it ran. */
    public enum State { QUEUED, RUNNING, DONE, CANCELLED, INTERRUPTED;

        public boolean finished() {
            return this == DONE || this == CANCELLED || this == INTERRUPTED;
        }
    }

    public ReplayJob {
        outcomes = Map.copyOf(outcomes);
    }

    /** Messages with an outcome. */
    public long done() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }
}
