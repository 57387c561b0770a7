package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/** One replay (or discard) of a failed message: who, when, the outcome, and the edited payload if any. */
public record ReplayAttempt(String actor, String role, Instant at, String outcome, String reason, Integer flowVersion,
                            String editedPayload, String detail) {
}
