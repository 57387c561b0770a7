package io.switchboard.monitor.connection;

import java.time.Duration;
import java.time.Instant;

/** The time ranges an operator narrows a listing to, counted back from now. */
public enum TimeRange {
    ANY("any time", null),
    LAST_15_MINUTES("last 15 minutes", Duration.ofMinutes(15)),
    LAST_HOUR("last hour", Duration.ofHours(1)),
    LAST_DAY("last 24 hours", Duration.ofDays(1)),
    LAST_WEEK("last 7 days", Duration.ofDays(7));

    private final String label;
    private final Duration span;

    TimeRange(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    /** Where the range starts, seen at {@code now}; null for any time. */
    public Instant from(Instant now) {
        return span == null ? null : now.minus(span);
    }

    @Override
    public String toString() {
        return label;
    }
}
