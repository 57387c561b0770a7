package io.switchboard.runtimeclient;

/** A live subscription to the runtime's event stream; close it to stop. */
public interface EventSubscription extends AutoCloseable {

    /** The connection's state, as a monitor shows it. */
    enum State { CONNECTING, CONNECTED, RECONNECTING, UNAUTHORIZED, CLOSED }

    State state();

    /** The id of the last event received, or -1. */
    long lastEventId();

    @Override
    void close();
}
