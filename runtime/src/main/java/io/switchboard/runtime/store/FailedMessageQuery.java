package io.switchboard.runtime.store;

import java.time.Instant;

/**
 * Filters for the failed-message list; any may be null. Paging is by cursor: the id of the last message of the
 * previous page (the list is newest first).
 *
 * @param groupId        a failure group's id ({@link ErrorSignature#id()})
 * @param textInPayloads whether {@code text} is looked for in payloads; for callers who see payloads masked it is
 *                       not (it would recover masked values one guess at a time), and error messages are searched
 *                       without the text they quote
 */
public record FailedMessageQuery(String flowId, Instant from, Instant to, String errorType, String text,
                                 FailedMessage.Status status, Long before, int limit, boolean textInPayloads,
                                 String groupId) {

    public static final int MAX_LIMIT = 500;

    public FailedMessageQuery {
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    public static FailedMessageQuery all() {
        return new FailedMessageQuery(null, null, null, null, null, null, null, 50, true, null);
    }

    public FailedMessageQuery withFlow(String flow) {
        return new FailedMessageQuery(flow, from, to, errorType, text, status, before, limit, textInPayloads, groupId);
    }

    public FailedMessageQuery withStatus(FailedMessage.Status newStatus) {
        return new FailedMessageQuery(flowId, from, to, errorType, text, newStatus, before, limit, textInPayloads,
                groupId);
    }

    public FailedMessageQuery after(Long cursor, int pageSize) {
        return new FailedMessageQuery(flowId, from, to, errorType, text, status, cursor, pageSize, textInPayloads,
                groupId);
    }

    public FailedMessageQuery withGroup(String group) {
        return new FailedMessageQuery(flowId, from, to, errorType, text, status, before, limit, textInPayloads, group);
    }

    /** The same filter as someone who sees payloads masked may run it. */
    public FailedMessageQuery masked() {
        return new FailedMessageQuery(flowId, from, to, errorType, text, status, before, limit, false, groupId);
    }
}
