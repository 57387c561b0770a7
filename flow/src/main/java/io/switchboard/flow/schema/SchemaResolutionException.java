package io.switchboard.flow.schema;

/** A schema reference names a file or pointer that is not there, or a file that cannot be read. */
public final class SchemaResolutionException extends Exception {

    public SchemaResolutionException(String message) {
        super(message);
    }
}
