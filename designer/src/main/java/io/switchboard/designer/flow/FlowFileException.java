package io.switchboard.designer.flow;

/** A flow file that cannot be read, written or created, with a sentence saying why. */
public final class FlowFileException extends Exception {

    public FlowFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
