package io.switchboard.runtimeclient.wire;

import java.time.Instant;

/** Filters over failed messages; any may be null. {@code text} searches payloads and error messages. */
public record FailedFilter(String flow, Instant from, Instant to, String errorType, String text, String status) {
}
