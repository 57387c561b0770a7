package io.switchboard.runtimeclient.wire;

import java.util.List;

/** One page of the audit log, newest first; {@code nextCursor} null on the last page. */
public record AuditPage(List<AuditRecord> items, Long nextCursor) {
}
