package io.switchboard.runtime.store;

import java.time.Instant;

/**
 * Failed messages that failed the same way ({@link ErrorSignature}): how many failed, how many still wait, when
 * the first and the last failed, when one was last replayed, and the newest as a sample.
 */
public record FailureGroup(String id, ErrorSignature signature, long failures, long waiting, Instant firstFailedAt,
                           Instant lastFailedAt, Instant lastReplayedAt, long sampleId) {
}
