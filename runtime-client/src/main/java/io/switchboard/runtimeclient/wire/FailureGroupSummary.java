package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/**
 * Failed messages that failed the same way: the flow, the step, the error's class and its message with ids,
 * numbers and quoted values normalised away ({@code pattern}); how many failed and how many still wait; the first
 * and last failure, the last replay of one of them, and the newest as a sample.
 */
public record FailureGroupSummary(String id, String flowId, String where, String errorType, String pattern,
                                  long failures, long waiting, Instant firstFailedAt, Instant lastFailedAt,
                                  Instant lastReplayedAt, long sampleId) {
}
