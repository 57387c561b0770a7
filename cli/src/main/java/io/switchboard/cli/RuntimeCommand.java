package io.switchboard.cli;

import io.switchboard.runtime.RuntimeMain;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.security.AdminTokenFile;
import io.switchboard.runtime.store.StoreLocation;
import io.switchboard.runtime.store.StorePassword;
import io.switchboard.runtime.store.StoreRestore;
import io.switchboard.runtime.store.StoreUnavailableException;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.BackupResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the runtime on its own until it is stopped (Ctrl-C or SIGTERM); backs its store up while it runs, and
 * restores a backup while it is stopped.
 */
@Command(name = "runtime", mixinStandardHelpOptions = true, description = "Run the flow runtime with its management API until stopped.",
        subcommands = {RuntimeCommand.Backup.class, RuntimeCommand.Restore.class})
final class RuntimeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder: database, admin token, deployed flows (created on first start).")
    private Path data;

    @Option(names = "--ingress-port", paramLabel = "N", defaultValue = "8080",
            description = "Port of the flows' HTTP ingress (default: ${DEFAULT-VALUE}).")
    private int ingressPort;

    @Option(names = "--api-port", paramLabel = "N", defaultValue = "8081",
            description = "Port of the management API (default: ${DEFAULT-VALUE}).")
    private int apiPort;

    @Option(names = "--api-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the management API listens on (default: ${DEFAULT-VALUE}).")
    private String apiHost;

    @Option(names = "--allow-target", paramLabel = "HOST|CIDR",
            description = "Let flows call this host or range although it is refused by default (link-local and "
                    + "cloud metadata addresses); repeatable.")
    private java.util.List<String> allowTargets = new java.util.ArrayList<>();

    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "3",
            description = "How long stopping waits for messages in flight to be delivered or stored "
                    + "(default: ${DEFAULT-VALUE}).")
    private int shutdownSeconds;

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "Keep the store in this PostgreSQL database, shared with other runtimes "
                    + "(jdbc:postgresql://HOST:PORT/DB), instead of the data folder's H2 file.")
    private String store;

    @Option(names = "--store-user", paramLabel = "NAME", defaultValue = "switchboard",
            description = "The PostgreSQL user (default: ${DEFAULT-VALUE}); its password comes from "
                    + "SWITCHBOARD_STORE_PASSWORD or --store-password-file.")
    private String storeUser;

    @Option(names = "--store-password-file", paramLabel = "FILE",
            description = "A file, readable by its owner only, holding the store's password.")
    private Path storePasswordFile;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (data == null) {
            err.println("runtime: --data DIR is required (the folder the runtime keeps its store in)");
            return SwitchboardCli.INVALID;
        }
        RuntimeConfiguration defaults = RuntimeConfiguration.defaults(data.toAbsolutePath());
        try {
            RuntimeConfiguration configuration = new RuntimeConfiguration(defaults.dataDir(), defaults.ingressHost(),
                    ingressPort, apiHost, apiPort, defaults.maxBodyBytes()).withAllowedTargets(allowTargets)
                    .withShutdownSeconds(shutdownSeconds);
            if (store != null) {
                configuration = configuration.withSharedStore(new StoreLocation.Shared(store, storeUser,
                        StorePassword.resolve(storePasswordFile, System.getenv())));
            } else if (storePasswordFile != null) {
                err.println("runtime: --store-password-file is for a shared store: give --store JDBC_URL too");
                return SwitchboardCli.INVALID;
            }
            RuntimeMain.run(configuration, System.out);
            return SwitchboardCli.OK;
        } catch (StoreUnavailableException | IllegalArgumentException e) {
            err.println("runtime: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SwitchboardCli.OK;
        } catch (Exception e) {
            err.println("runtime: did not start: " + e.getMessage());
        }
        return SwitchboardCli.INVALID;
    }

    /** An online backup through the running runtime's API. */
    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the store of a running runtime (written in its DIR/backups).")
    static final class Backup implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR",
                description = "The runtime's data folder (its runtime.url and admin.token are used).")
        private Path data;

        @Option(names = "--runtime", paramLabel = "URL", description = "The management API, e.g. http://127.0.0.1:8081.")
        private String runtime;

        @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding an admin token.")
        private Path tokenFile;

        @Override
        public Integer call() throws Exception {
            var err = spec.commandLine().getErr();
            Optional<String> url = Optional.ofNullable(runtime).or(() -> data == null ? Optional.empty()
                    : RuntimeInfo.read(data));
            Path token = tokenFile != null ? tokenFile : data == null ? null : data.resolve(AdminTokenFile.NAME);
            if (url.isEmpty() || token == null || !Files.isReadable(token)) {
                err.println("runtime backup: give --data DIR of a running runtime, or --runtime URL and "
                        + "--token-file FILE");
                return SwitchboardCli.INVALID;
            }
            try (var client = new JdkRuntimeClient(url.get(), Files.readString(token).trim())) {
                BackupResult backup = client.backup().toCompletableFuture().get(10, TimeUnit.MINUTES);
                spec.commandLine().getOut().println(backup.file() + " (" + backup.bytes() + " bytes)");
                return SwitchboardCli.OK;
            } catch (ExecutionException e) {
                err.println("runtime backup: " + e.getCause().getMessage());
                return SwitchboardCli.FAILED;
            }
        }
    }

    /** Puts a backup back while the runtime is stopped. */
    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a backup into a data folder (the runtime must be stopped).")
    static final class Restore implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The runtime's data folder.")
        private Path data;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "A backup's .zip file.")
        private Path backup;

        @Override
        public Integer call() {
            try {
                Path kept = StoreRestore.restore(data.toAbsolutePath(), backup.toAbsolutePath());
                spec.commandLine().getOut().println("restored " + backup + " into " + data
                        + (kept == null ? "" : "; the database it replaced is kept as " + kept));
                return SwitchboardCli.OK;
            } catch (StoreUnavailableException e) {
                spec.commandLine().getErr().println("runtime restore: " + e.getMessage());
                return SwitchboardCli.INVALID;
            }
        }
    }
}
