package io.switchboard.runtime.security;

import java.util.Locale;
import java.util.Optional;

/** What a token may do; each role can do everything the ones before it can. */
public enum Role {
    /** Health and masked metadata. */
    VIEWER,
    /** + payloads, replay, discard, start and stop. */
    OPERATOR,
    /** + deploy and roll back. */
    DESIGNER,
    /** + tokens. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.wireName().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
