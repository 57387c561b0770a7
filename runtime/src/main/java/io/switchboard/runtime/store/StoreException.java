package io.switchboard.runtime.store;

/** The database could not do what was asked; unchecked so it can travel out of Camel processors and handlers. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
