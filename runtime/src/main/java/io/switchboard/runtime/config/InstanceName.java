package io.switchboard.runtime.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/**
 * How a runtime names itself when several share a store: the pod's name under Kubernetes (its {@code HOSTNAME}),
 * else this machine's name, with the management API's port so that two runtimes on one machine differ.
 * Named once, when the runtime is made.
 */
public final class InstanceName {

    private InstanceName() {
    }

    public static String of(RuntimeConfiguration configuration, Map<String, String> environment) {
        String host = environment.get("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        // A port chosen at start (0) is not known yet: a random suffix keeps runtimes on one machine apart.
        return host + ":" + (configuration.apiPort() > 0 ? String.valueOf(configuration.apiPort())
                : java.util.UUID.randomUUID().toString().substring(0, 8));
    }
}
