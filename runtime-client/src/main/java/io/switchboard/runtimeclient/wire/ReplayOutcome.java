package io.switchboard.runtimeclient.wire;

/**
 * What a replay did: {@code DELIVERED}, {@code SKIPPED_DUPLICATE} (its idempotency key was delivered already),
 * {@code SKIPPED_IN_PROGRESS} or {@code FAILED}.
 */
public record ReplayOutcome(long failedId, String outcome, Integer flowVersion, String detail) {
}
