package io.switchboard.runtime.engine;

/** A directory target's folder leads outside the data root (through a link made after the deploy). */
public final class DataRootEscapeException extends RuntimeException {

    public DataRootEscapeException(String message) {
        super(message);
    }
}
