package io.switchboard.flow.export;

/** A flow cannot be exported; the message names the field concerned. */
public final class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
