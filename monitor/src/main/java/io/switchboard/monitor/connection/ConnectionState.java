package io.switchboard.monitor.connection;

/** What the monitor says about its link to the runtime, always on screen. */
public enum ConnectionState {
    CONNECTING("Connecting…"),
    LIVE("Live"),
    RECONNECTING("Reconnecting…"),
    UNREACHABLE("Unreachable: still trying"),
    UNAUTHORISED("Unauthorised: the token was refused or revoked"),
    CLOSED("Not connected");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
