package io.switchboard.runtime.store;

import java.time.Instant;

/** One line of the append-only audit log. */
public record AuditEntry(long id, Instant at, String actor, String role, String action, String flowId,
                         Integer flowVersion, String targetId, String detail) {
}
