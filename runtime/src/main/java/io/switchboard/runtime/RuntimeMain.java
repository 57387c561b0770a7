package io.switchboard.runtime;

import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.StoreUnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the runtime as its own process until it is stopped: {@code --data DIR [--ingress-port N] [--api-port N]
 * [--api-host HOST]}. Prints where the API answers and where the admin token is, never the token itself, and
 * writes the API's URL to {@code DIR/runtime.url} for tools that only know the folder.
 */
public final class RuntimeMain {

    public static final String URL_FILE = "runtime.url";

    private RuntimeMain() {
    }

    public static void main(String[] args) throws Exception {
        RuntimeConfiguration configuration;
        try {
            configuration = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("runtime: " + e.getMessage());
            System.err.println("usage: --data DIR [--store JDBC_URL [--store-user NAME] [--store-password-file FILE]] "
                    + "[--ingress-port N] [--api-port N] [--api-host HOST] "
                    + "[--allow-target HOST|CIDR]...");
            System.exit(2);
            return;
        }
        try {
            run(configuration, System.out);
        } catch (StoreUnavailableException e) {
            System.err.println("runtime: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Starts the runtime, prints its addresses, and blocks until the JVM is asked to stop. */
    public static void run(RuntimeConfiguration configuration, PrintStream out) throws Exception {
        SwitchboardRuntime runtime = SwitchboardRuntime.start(configuration);
        writeUrl(configuration.dataDir(), runtime.apiUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "switchboard-shutdown"));
        out.println("Switchboard runtime started");
        out.println("  management API  " + runtime.apiUrl() + "/api/v1");
        out.println("  flow ingress    http://" + configuration.ingressHost() + ":" + configuration.ingressPort());
        out.println("  admin token in  " + runtime.adminTokenFile());
        out.flush();
        stopped.await();
    }

    static void writeUrl(Path dataDir, String apiUrl) throws IOException {
        Files.writeString(dataDir.resolve(URL_FILE), apiUrl + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    static RuntimeConfiguration parse(String[] args) {
        Path data = null;
        RuntimeConfiguration configuration = null;
        int ingress = RuntimeConfiguration.DEFAULT_INGRESS_PORT;
        int api = RuntimeConfiguration.DEFAULT_API_PORT;
        String apiHost = "127.0.0.1";
        java.util.List<String> allowedTargets = new java.util.ArrayList<>();
        int shutdown = RuntimeConfiguration.DEFAULT_SHUTDOWN_SECONDS;
        String store = null;
        String storeUser = "switchboard";
        Path storePasswordFile = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> data = Path.of(require(args[i], value));
                case "--ingress-port" -> ingress = port(args[i], value);
                case "--api-port" -> api = port(args[i], value);
                case "--api-host" -> apiHost = require(args[i], value);
                case "--allow-target" -> allowedTargets.add(require(args[i], value));
                case "--shutdown-timeout" -> shutdown = seconds(args[i], value);
                case "--store" -> store = require(args[i], value);
                case "--store-user" -> storeUser = require(args[i], value);
                case "--store-password-file" -> storePasswordFile = Path.of(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        RuntimeConfiguration defaults = RuntimeConfiguration.defaults(data.toAbsolutePath());
        RuntimeConfiguration parsed = new RuntimeConfiguration(defaults.dataDir(), defaults.ingressHost(), ingress,
                apiHost, api, defaults.maxBodyBytes()).withAllowedTargets(allowedTargets).withShutdownSeconds(shutdown);
        return store == null ? parsed : parsed.withSharedStore(new io.switchboard.runtime.store.StoreLocation.Shared(
                store, storeUser, io.switchboard.runtime.store.StorePassword.resolve(storePasswordFile,
                        System.getenv())));
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int seconds(String option, String value) {
        try {
            int seconds = Integer.parseInt(require(option, value));
            if (seconds < 1 || seconds > 3600) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " is a number of seconds (1-3600): '" + value + "'");
        }
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(require(option, value));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " is a port number (0-65535): '" + value + "'");
        }
    }
}
