package io.switchboard.runtimeclient.wire;

import java.util.List;

/**
 * Replay many: by {@code ids}, or every waiting message matching {@code filter}. {@code dryRun} only counts.
 * {@code throttlePerSecond} caps the pace (0: as fast as the flow takes them).
 */
public record BulkReplayRequest(List<Long> ids, FailedFilter filter, boolean dryRun, int throttlePerSecond,
                                String reason) {
}
