package io.switchboard.runtime.config;

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
 */
public record RuntimeConfiguration(Path dataDir, String ingressHost, int ingressPort, String apiHost, int apiPort,
                                   int maxBodyBytes) {

    public static final int DEFAULT_INGRESS_PORT = 8080;
    public static final int DEFAULT_API_PORT = 8081;

    public static RuntimeConfiguration defaults(Path dataDir) {
        return new RuntimeConfiguration(dataDir, "127.0.0.1", DEFAULT_INGRESS_PORT, "127.0.0.1", DEFAULT_API_PORT,
                1024 * 1024);
    }

    /** Flow ingress on this port; 0 picks a free one. */
    public RuntimeConfiguration withIngressPort(int port) {
        return new RuntimeConfiguration(dataDir, ingressHost, port, apiHost, apiPort, maxBodyBytes);
    }

    /** Management API on this port; 0 picks a free one. */
    public RuntimeConfiguration withApiPort(int port) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, port, maxBodyBytes);
    }

    /** Bodies above this many bytes are refused with 413. */
    public RuntimeConfiguration withMaxBodyBytes(int bytes) {
        return new RuntimeConfiguration(dataDir, ingressHost, ingressPort, apiHost, apiPort, bytes);
    }

    public Path flowsDir() {
        return dataDir.resolve("flows");
    }
}
