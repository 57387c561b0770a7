package io.switchboard.runtimeclient.wire;

/** Set a failed message aside for good; the reason is required and kept in the audit log. */
public record DiscardRequest(String reason) {
}
