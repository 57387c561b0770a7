package io.switchboard.runtimeclient.wire;

import java.util.List;

/** One page of failed messages, newest first; {@code nextCursor} null on the last page. */
public record FailedMessagePage(List<FailedMessageSummary> items, Long nextCursor) {
}
