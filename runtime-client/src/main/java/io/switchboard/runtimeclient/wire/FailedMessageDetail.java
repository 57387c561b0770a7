package io.switchboard.runtimeclient.wire;

import java.util.List;

/**
 * A failed message with its payload (masked by the flow's masking rules for callers below operator) and its
 * replay history.
 */
public record FailedMessageDetail(FailedMessageSummary message, String payload, boolean masked,
                                  List<ReplayAttempt> history) {
}
