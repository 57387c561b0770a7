package io.switchboard.contract.diff;

import java.util.Locale;
import java.util.Optional;

/** oasdiff's three levels: breaking, possibly breaking, and information. */
public enum ChangeLevel {
    ERR, WARN, INFO;

    public boolean atLeast(ChangeLevel other) {
        return ordinal() <= other.ordinal();
    }

    public boolean breaking() {
        return this != INFO;
    }

    public static Optional<ChangeLevel> parse(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "ERR", "ERROR" -> Optional.of(ERR);
            case "WARN", "WARNING" -> Optional.of(WARN);
            case "INFO" -> Optional.of(INFO);
            default -> Optional.empty();
        };
    }
}
