package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/**
 * Filters over failed messages; any may be null. {@code text} searches payloads and error messages; {@code group}
 * is a failure group's id.
 */
public record FailedFilter(String flow, Instant from, Instant to, String errorType, String text, String status,
                           String group) {

    public static FailedFilter ofFlow(String flow) {
        return new FailedFilter(flow, null, null, null, null, null, null);
    }

    public static FailedFilter ofGroup(String group) {
        return new FailedFilter(null, null, null, null, null, null, group);
    }
}
