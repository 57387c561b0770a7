package io.switchboard.monitor.connection;

import io.switchboard.runtimeclient.EventSubscription;
import java.time.Duration;
import java.time.Instant;

/**
 * The connection's state machine: the stream's own states become what the operator reads, and a stream that has
 * been reconnecting for longer than {@link #UNREACHABLE_AFTER} is shown unreachable (it keeps trying). Not
 * thread-safe: fed on the FX thread, with the time given.
 */
public final class ConnectionTracker {

    static final Duration UNREACHABLE_AFTER = Duration.ofSeconds(10);

    private ConnectionState state = ConnectionState.CLOSED;
    private Instant reconnectingSince;

    public ConnectionState state() {
        return state;
    }

    /** The stream reported a state; answers the state now shown. */
    public ConnectionState on(EventSubscription.State stream, Instant now) {
        state = switch (stream) {
            case CONNECTING -> ConnectionState.CONNECTING;
            case CONNECTED -> ConnectionState.LIVE;
            case RECONNECTING -> state == ConnectionState.UNREACHABLE ? ConnectionState.UNREACHABLE
                    : ConnectionState.RECONNECTING;
            case UNAUTHORIZED -> ConnectionState.UNAUTHORISED;
            case CLOSED -> ConnectionState.CLOSED;
        };
        if (stream == EventSubscription.State.RECONNECTING) {
            reconnectingSince = reconnectingSince == null ? now : reconnectingSince;
        } else {
            reconnectingSince = null;
        }
        return tick(now);
    }

    /** Time passed; answers the state now shown. */
    public ConnectionState tick(Instant now) {
        if (state == ConnectionState.RECONNECTING && reconnectingSince != null
                && Duration.between(reconnectingSince, now).compareTo(UNREACHABLE_AFTER) >= 0) {
            state = ConnectionState.UNREACHABLE;
        }
        return state;
    }
}
