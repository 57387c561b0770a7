package io.switchboard.runtime.store;

import java.time.Instant;

/**
 * Filters for the failed-message list; any may be null. Paging is by cursor: the id of the last message of the
 * previous page (the list is newest first).
 */
public record FailedMessageQuery(String flowId, Instant from, Instant to, String errorType, String text,
                                 FailedMessage.Status status, Long before, int limit) {

    public static final int MAX_LIMIT = 500;

    public FailedMessageQuery {
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    public static FailedMessageQuery all() {
        return new FailedMessageQuery(null, null, null, null, null, null, null, 50);
    }

    public FailedMessageQuery withFlow(String flow) {
        return new FailedMessageQuery(flow, from, to, errorType, text, status, before, limit);
    }

    public FailedMessageQuery withStatus(FailedMessage.Status newStatus) {
        return new FailedMessageQuery(flowId, from, to, errorType, text, newStatus, before, limit);
    }

    public FailedMessageQuery after(Long cursor, int pageSize) {
        return new FailedMessageQuery(flowId, from, to, errorType, text, status, cursor, pageSize);
    }
}
