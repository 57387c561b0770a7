package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/** One entry of the runtime's append-only audit log. */
public record AuditRecord(long id, Instant at, String actor, String role, String action, String flowId,
                          Integer flowVersion, String targetId, String detail) {
}
