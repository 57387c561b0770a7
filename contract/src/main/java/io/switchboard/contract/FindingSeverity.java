package io.switchboard.contract;

import java.util.Locale;
import java.util.Optional;

/** Spectral's four severities, most serious first, named as Spectral writes them. */
public enum FindingSeverity {
    ERROR("error"), WARN("warn"), INFO("info"), HINT("hint");

    private final String label;

    FindingSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(FindingSeverity other) {
        return ordinal() <= other.ordinal();
    }

    /** Reads a severity as rulesets write it: a name ({@code warn}, {@code warning}) or Spectral's number 0–3. */
    public static Optional<FindingSeverity> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error", "0" -> Optional.of(ERROR);
            case "warn", "warning", "1" -> Optional.of(WARN);
            case "info", "information", "2" -> Optional.of(INFO);
            case "hint", "3" -> Optional.of(HINT);
            default -> Optional.empty();
        };
    }
}
