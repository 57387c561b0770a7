package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/** A failed message without its payload, as lists show it; {@code groupId} names its failure group. */
public record FailedMessageSummary(long id, String flowId, int flowVersion, Instant receivedAt, Instant failedAt,
                                   String correlationId, String idempotencyKey, String errorType, String errorMessage,
                                   String errorWhere, int attempts, String status, String groupId) {
}
