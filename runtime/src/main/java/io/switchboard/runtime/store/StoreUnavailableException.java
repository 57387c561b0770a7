package io.switchboard.runtime.store;

/**
 * The runtime's store cannot be used: the data folder or its database is missing, damaged, not writable or not
 * ours. The message is a sentence for the operator, saying what is wrong and what to do; the runtime does not start.
 */
public final class StoreUnavailableException extends Exception {

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
