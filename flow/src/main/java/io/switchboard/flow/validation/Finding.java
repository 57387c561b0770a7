package io.switchboard.flow.validation;

import io.switchboard.flow.source.JsonPointers;
import io.switchboard.flow.source.Location;
import java.nio.file.Path;

/**
 * One problem in a definition file: what, and exactly where.
 *
 * @param file     the file it is in
 * @param location line and column in that file ({@link Location#UNKNOWN} when the file could not be read at all)
 * @param pointer  JSON pointer of the value concerned, empty for the whole document
 */
public record Finding(Severity severity, Path file, Location location, String pointer, String message) {

    public static Finding error(Path file, Location location, String pointer, String message) {
        return new Finding(Severity.ERROR, file, location, pointer, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The path in the form people read: {@code $.rules[3].expression}. */
    public String displayPath() {
        return JsonPointers.toDisplayPath(pointer);
    }

    /** {@code file:line:column: error: $.path: message}, the form compilers and editors understand. */
    public String format() {
        StringBuilder out = new StringBuilder(String.valueOf(file));
        if (location.isKnown()) {
            out.append(':').append(location.line()).append(':').append(location.column());
        }
        out.append(": ").append(severity.name().toLowerCase()).append(": ");
        if (pointer != null) {
            out.append(displayPath()).append(": ");
        }
        return out.append(message).toString();
    }
}
