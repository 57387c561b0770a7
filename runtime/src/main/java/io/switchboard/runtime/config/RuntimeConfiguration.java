package io.switchboard.runtime.config;

import io.switchboard.runtime.store.StoreLocation;
import java.nio.file.Path;

/**
 * Settings of one runtime. Immutable; each {@code withXxx} returns a changed copy.
 *
 * @param dataDir       holds the H2 database, the admin token, deployed flows and directory sources/targets
 * @param ingressHost   address the flows' HTTP ingress binds to
 * @param ingressPort   port of the flows' HTTP ingress (0: any free port)
 * @param apiHost       address the management API binds to; anything but loopback is warned about at start
 * @param apiPort       port of the management API (0: any free port)
 * @param maxBodyBytes  requests larger than this get 413 before they are buffered
 * @param ingressLimits connections, idle and read time allowed on the flows' ingress
 * @param apiLimits      the same for the management API
 * @param allowedTargets hosts or CIDR ranges flows may call although the runtime would refuse them (link-local and
 *                       cloud metadata addresses are refused by default)
 * @param shutdownSeconds how long stopping waits for messages in flight ({@link #DEFAULT_SHUTDOWN_SECONDS})
 * @param sharedStore   the PostgreSQL store this runtime shares with others; null: the H2 file in {@code dataDir}
 */
public record RuntimeConfiguration(Path dataDir, String ingressHost, int ingressPort, String apiHost, int apiPort,
                                   int maxBodyBytes, ListenerLimits ingressLimits, ListenerLimits apiLimits,
                                   java.util.List<String> allowedTargets, int shutdownSeconds,
                                   StoreLocation.Shared sharedStore) {

    /**
     * How long stopping waits for messages in flight to finish (each is then delivered, or stored as failed);
     * what is still running after it is stopped, and its sender never got a 202.
     */
    public static final int DEFAULT_SHUTDOWN_SECONDS = 3;

    public RuntimeConfiguration {
        allowedTargets = java.util.List.copyOf(allowedTargets);
        shutdownSeconds = shutdownSeconds <= 0 ? DEFAULT_SHUTDOWN_SECONDS : shutdownSeconds;
    }

    public static final int DEFAULT_INGRESS_PORT = 8080;
    public static final int DEFAULT_API_PORT = 8081;

    public RuntimeConfiguration(Path dataDir, String ingressHost, int ingressPort, String apiHost, int apiPort,
                                int maxBodyBytes) {
        this(dataDir, ingressHost, ingressPort, apiHost, apiPort, maxBodyBytes, ListenerLimits.INGRESS,
                ListenerLimits.API, java.util.List.of(), DEFAULT_SHUTDOWN_SECONDS, null);
    }

    public static RuntimeConfiguration defaults(Path dataDir) {
        return new RuntimeConfiguration(dataDir, "127.0.0.1", DEFAULT_INGRESS_PORT, "127.0.0.1", DEFAULT_API_PORT,
                1024 * 1024);
    }

    /** Flow ingress on this port; 0 picks a free one. */
    public RuntimeConfiguration withIngressPort(int port) {
        return new RuntimeConfiguration(dataDir, ingressHost, port, apiHost, apiPort, maxBodyBytes, ingressLimits,
                apiLimits, allowedTargets, shutdownSeconds, sharedStore);
    }

    /** Management API on this port; 0 picks a free one. */
    public RuntimeConfiguration withApiPort(int port) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, port, maxBodyBytes, ingressLimits,
                apiLimits, allowedTargets, shutdownSeconds, sharedStore);
    }

    /** Bodies above this many bytes are refused with 413. */
    public RuntimeConfiguration withMaxBodyBytes(int bytes) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, apiPort, bytes, ingressLimits,
                apiLimits, allowedTargets, shutdownSeconds, sharedStore);
    }

    /** Connection limits of the flows' ingress. */
    public RuntimeConfiguration withIngressLimits(ListenerLimits limits) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, apiPort, maxBodyBytes, limits,
                apiLimits, allowedTargets, shutdownSeconds, sharedStore);
    }

    /** Lets flows call these hosts or CIDR ranges although they are refused by default. */
    public RuntimeConfiguration withAllowedTargets(java.util.List<String> targets) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, apiPort, maxBodyBytes,
                ingressLimits, apiLimits, targets, shutdownSeconds, sharedStore);
    }

    /** Stopping waits at most this many seconds for messages in flight. */
    public RuntimeConfiguration withShutdownSeconds(int seconds) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, apiPort, maxBodyBytes,
                ingressLimits, apiLimits, allowedTargets, seconds, sharedStore);
    }

    /** Keeps the store in this PostgreSQL database, shared with other runtimes, instead of the data folder. */
    public RuntimeConfiguration withSharedStore(StoreLocation.Shared store) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, apiPort, maxBodyBytes,
                ingressLimits, apiLimits, allowedTargets, shutdownSeconds, store);
    }

    public Path flowsDir() {
        return dataDir.resolve("flows");
    }
}
