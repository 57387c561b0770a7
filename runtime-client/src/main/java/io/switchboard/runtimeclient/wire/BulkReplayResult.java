package io.switchboard.runtimeclient.wire;

import java.util.List;

/** How many messages matched, and (unless a dry run) what happened to each. */
public record BulkReplayResult(long matched, boolean dryRun, List<ReplayOutcome> outcomes) {
}
