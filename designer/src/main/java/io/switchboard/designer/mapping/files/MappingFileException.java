package io.switchboard.designer.mapping.files;

/** A mapping, schema or sample file that cannot be read or written; the message names the file and the place. */
public final class MappingFileException extends Exception {

    public MappingFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
