package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/**
 * Filters over the audit log; any may be null. {@code actor}, {@code action} and {@code flow} match exactly
 * ({@code action} may name several, separated by commas); {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditFilter(String actor, String action, String flow, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    public static AuditFilter ofAction(String action) {
        return new AuditFilter(null, action, null, null, null);
    }
}
