package io.switchboard.runtime.engine;

/** Who is asking: a token's name and role, as the audit log records it. */
public record Actor(String name, String role) {

    public static final Actor SYSTEM = new Actor("runtime", "admin");
}
