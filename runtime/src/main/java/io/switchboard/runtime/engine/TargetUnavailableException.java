package io.switchboard.runtime.engine;

/**
 * A flow's target is not called now: its circuit breaker is open or its concurrency limit stayed full. Not retried;
 * the message is stored for replay.
 */
public final class TargetUnavailableException extends RuntimeException {

    public TargetUnavailableException(String message) {
        super(message);
    }
}
