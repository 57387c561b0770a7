package io.switchboard.app.cli;

import io.switchboard.runtime.RuntimeMain;
import io.switchboard.runtime.config.RuntimeConfiguration;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the runtime on its own until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "runtime", description = "Run the flow runtime with its management API until stopped.")
final class RuntimeCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
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

    @Override
    public Integer call() throws Exception {
        RuntimeConfiguration defaults = RuntimeConfiguration.defaults(data.toAbsolutePath());
        RuntimeMain.run(new RuntimeConfiguration(defaults.dataDir(), defaults.ingressHost(), ingressPort, apiHost,
                apiPort, defaults.maxBodyBytes()), System.out);
        return SwitchboardCli.OK;
    }
}
