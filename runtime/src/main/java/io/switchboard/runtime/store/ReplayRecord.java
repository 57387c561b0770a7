package io.switchboard.runtime.store;

import java.time.Instant;

/**
 * One replay attempt of a failed message, kept with it: who, when, the outcome, and the edited payload if the
 * operator changed it (the original stays in the message itself).
 */
public record ReplayRecord(long id, long failedId, String actor, String role, Instant at, Outcome outcome,
                           String reason, Integer flowVersion, byte[] editedPayload, String detail) {

    public enum Outcome { DELIVERED, SKIPPED_DUPLICATE, SKIPPED_IN_PROGRESS, FAILED, DISCARDED }
}
