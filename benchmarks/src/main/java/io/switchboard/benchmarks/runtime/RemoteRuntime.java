package io.switchboard.benchmarks.runtime;

import io.switchboard.runtime.RuntimeMain;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A runtime in its own process on 127.0.0.1 with the example orders flow deployed against {@code targetUrl}: what
 * the harnesses measure against. {@code workspace} is the copy of the example the flow was deployed from.
 */
record RemoteRuntime(Process process, RuntimeClient client, String ingress, Path workspace) implements AutoCloseable {

    static RemoteRuntime start(Path root, String prefix, String targetUrl) throws Exception {
        Path work = Files.createTempDirectory(prefix);
        Path workspace = RuntimeLoadHarness.workspaceWithTarget(root, work, targetUrl);
        int ingress = LoopbackPorts.free();
        int api = LoopbackPorts.free();
        Path data = work.resolve("data");
        Process process = RuntimeLoadHarness.launch(work.resolve("runtime.log"), RuntimeMain.class.getName(),
                "--data", data.toString(), "--ingress-port", String.valueOf(ingress), "--api-port",
                String.valueOf(api));
        try {
            RuntimeLoadHarness.awaitUrlFile(data);
            RuntimeClient client = new JdkRuntimeClient("http://127.0.0.1:" + api,
                    Files.readString(data.resolve("admin.token")).trim());
            client.deploy("orders", RuntimeLoadHarness.bundle(workspace)).toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            return new RemoteRuntime(process, client, "http://127.0.0.1:" + ingress + "/orders", workspace);
        } catch (Exception e) {
            process.destroy();
            throw e;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
