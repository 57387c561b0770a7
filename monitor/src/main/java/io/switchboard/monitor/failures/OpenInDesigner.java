package io.switchboard.monitor.failures;

/**
 * A failed message an operator wants to look at in the designer: its flow's mapping, with the payload as the
 * preview's input. The monitor only asks; the app, which owns both, opens it.
 */
public record OpenInDesigner(String flowId, int flowVersion, long messageId, String payload) {
}
