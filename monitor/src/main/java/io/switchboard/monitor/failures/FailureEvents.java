package io.switchboard.monitor.failures;

import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A failure event as the row it announces. */
final class FailureEvents {

    private FailureEvents() {
    }

    /** The row, or null when the event lacks what a row needs (a runtime older than this monitor). */
    static FailedMessageSummary row(RuntimeEventMessage event) {
        Map<String, Object> data = event.data();
        try {
            if (!(data.get("failedId") instanceof Number id) || !(data.get("failedAt") instanceof String failedAt)
                    || !(data.get("groupId") instanceof String groupId)) {
                return null;
            }
            return new FailedMessageSummary(id.longValue(), event.flowId(), number(data.get("flowVersion")),
                    instant(data.get("receivedAt"), failedAt), Instant.parse(failedAt),
                    text(data.get("correlationId")), blankToNull(text(data.get("idempotencyKey"))),
                    text(data.get("errorType")), text(data.get("error")), blankToNull(text(data.get("where"))),
                    number(data.get("attempts")), text(data.getOrDefault("status", "FAILED")), groupId);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(Object value, String fallback) {
        return Instant.parse(value instanceof String text ? text : fallback);
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
