package io.switchboard.app.cli;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the runtime on its own until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "runtime", description = "Run the flow runtime with its management API until stopped.")
final class RuntimeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

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
        RuntimeConfiguration configuration = new RuntimeConfiguration(defaults.dataDir(), defaults.ingressHost(),
                ingressPort, apiHost, apiPort, defaults.maxBodyBytes());
        SwitchboardRuntime runtime = SwitchboardRuntime.start(configuration);
        RuntimeInfo.write(configuration.dataDir(), runtime.apiUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "switchboard-shutdown"));
        var out = spec.commandLine().getOut();
        out.println("Switchboard runtime started");
        out.println("  management API  " + runtime.apiUrl() + "/api/v1");
        out.println("  flow ingress    http://" + configuration.ingressHost() + ":" + configuration.ingressPort());
        out.println("  admin token in  " + runtime.adminTokenFile());
        out.flush();
        stopped.await();
        return SwitchboardCli.OK;
    }
}
