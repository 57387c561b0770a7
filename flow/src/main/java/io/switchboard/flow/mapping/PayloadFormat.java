package io.switchboard.flow.mapping;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The payload formats a mapping reads and writes. */
public enum PayloadFormat {
    JSON, XML, CSV;

    /** Guesses the format from a file name's ending. */
    public static Optional<PayloadFormat> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".xml")) {
            return Optional.of(XML);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
