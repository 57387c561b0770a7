package io.switchboard.flow.source;

import java.nio.file.Path;

/** The file is not well-formed JSON or YAML; carries where the parser stopped. */
public final class SourceFormatException extends Exception {

    private final Path file;
    private final Location location;

    public SourceFormatException(Path file, Location location, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.location = location;
    }

    public Path file() {
        return file;
    }

    public Location location() {
        return location;
    }

    /**
     * The parser's message without the text it quotes from the file ({@code Unrecognized token '…'}): a file's
     * content never travels in a message, whoever reads it.
     */
    public String withoutQuotes() {
        return getMessage() == null ? "" : Quotes.removed(getMessage());
    }
}
