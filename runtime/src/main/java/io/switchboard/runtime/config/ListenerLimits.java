package io.switchboard.runtime.config;

/**
 * What every listener (the flows' ingress, the management API) allows one client, so that idle or slow clients are
 * closed and cannot exhaust the process's file descriptors or threads.
 *
 * @param maxConnections     connections open at once; one more is closed as soon as it is accepted
 * @param idleTimeoutSeconds a connection with nothing read or written for this long is closed
 * @param readTimeoutSeconds a connection whose request (headers and body) has not arrived within this long is closed
 */
public record ListenerLimits(int maxConnections, int idleTimeoutSeconds, int readTimeoutSeconds) {

    public static final ListenerLimits INGRESS = new ListenerLimits(2_000, 60, 30);
    public static final ListenerLimits API = new ListenerLimits(256, 300, 30);

    public ListenerLimits {
        if (maxConnections < 1 || idleTimeoutSeconds < 1 || readTimeoutSeconds < 1) {
            throw new IllegalArgumentException("listener limits are positive: " + maxConnections + ", "
                    + idleTimeoutSeconds + " s, " + readTimeoutSeconds + " s");
        }
    }
}
