package io.switchboard.runtimeclient.wire;

/**
 * Replay one message. {@code payload} replaces the stored one (text of the new message) and then needs a reason;
 * {@code pinVersion} replays on the version it failed on instead of the active one.
 */
public record ReplayRequest(String payload, String reason, boolean pinVersion) {
}
