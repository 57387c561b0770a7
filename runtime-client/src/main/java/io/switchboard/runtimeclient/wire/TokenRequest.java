package io.switchboard.runtimeclient.wire;

/** Create a token with a name and a role: viewer, operator, designer or admin. */
public record TokenRequest(String name, String role) {
}
