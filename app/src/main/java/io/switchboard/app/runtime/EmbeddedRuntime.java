package io.switchboard.app.runtime;

import io.switchboard.runtime.config.LoopbackPorts;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The studio's own runtime, in this process: started off the FX thread when the studio opens, stopped when it
 * closes. Its state is reported to a listener on the starting thread; the UI hands it to its own thread.
 */
public final class EmbeddedRuntime implements AutoCloseable {

    /** What the status bar says about the runtime; once it runs, where its API is and its admin token file. */
    public record Status(State state, String text, String apiUrl, Path tokenFile, int ingressPort) {

        public Status(State state, String text, String apiUrl, Path tokenFile) {
            this(state, text, apiUrl, tokenFile, 0);
        }
    }

    public enum State { STARTING, RUNNING, FAILED }

    private final Path dataDir;
    private final Executor executor;
    private volatile SwitchboardRuntime runtime;

    public EmbeddedRuntime(Path dataDir, Executor executor) {
        this.dataDir = dataDir;
        this.executor = executor;
    }

    public void start(Consumer<Status> listener) {
        listener.accept(new Status(State.STARTING, "Runtime: starting…", null, null));
        executor.execute(() -> {
            try {
                runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(dataDir)
                        .withIngressPort(LoopbackPorts.free()).withApiPort(0));
                listener.accept(new Status(State.RUNNING, "Runtime: embedded · API " + runtime.apiUrl()
                        + " · flows on port " + runtime.configuration().ingressPort(), runtime.apiUrl(),
                        runtime.adminTokenFile(), runtime.configuration().ingressPort()));
            } catch (Exception e) {
                listener.accept(new Status(State.FAILED, "Runtime: did not start (" + e.getMessage()
                        + "); data folder " + dataDir, null, null));
            }
        });
    }

    @Override
    public void close() {
        SwitchboardRuntime running = runtime;
        if (running != null) {
            running.close();
        }
    }

}
