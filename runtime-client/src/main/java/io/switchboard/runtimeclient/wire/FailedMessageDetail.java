package io.switchboard.runtimeclient.wire;

import java.util.List;
import java.util.Map;

/**
 * A failed message with its payload (masked by the flow's masking rules for callers below operator) and its
 * replay history: every attempt with who, when, its outcome and the flow version it ran on. {@code failedAgain}
 * counts the replays that failed again. {@code headers}: the allow-listed headers it came with; their values read
 * "***" for callers below operator.
 */
public record FailedMessageDetail(FailedMessageSummary message, String payload, boolean masked,
                                  List<ReplayAttempt> history, int failedAgain, Map<String, String> headers) {
}
