package io.switchboard.runtimeclient.wire;

/** A new token. The secret is shown once and kept nowhere in clear. */
public record TokenCreated(String name, String role, String token) {
}
