package io.switchboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.export.FlowBundle;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.flow.validation.LoadedFlow;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.DeployResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Deploys a flow (with the mappings and contracts it uses) to a runtime and prints the new version. */
@Command(name = "deploy", mixinStandardHelpOptions = true, description = "Deploy a flow with its mappings and schemas to a runtime.")
final class DeployCommand implements Callable<Integer> {

    private final DefinitionLoader loader;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLOW", description = "The flow file (*.flow.json).")
    private Path flowFile;

    @Option(names = "--runtime", required = true, paramLabel = "URL", description = "The runtime's API, e.g. http://127.0.0.1:8081")
    private String runtimeUrl;

    @Option(names = "--token-file", required = true, paramLabel = "FILE", description = "File holding a designer or admin token.")
    private Path tokenFile;

    @Option(names = "--target-url", paramLabel = "URL",
            description = "Deliver to this URL instead of the flow's own HTTP target (e.g. per environment).")
    private String targetUrl;

    DeployCommand(DefinitionLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        LoadedFlow loaded;
        try {
            loaded = loader.loadFlow(flowFile);
        } catch (DefinitionException e) {
            e.findings().stream().map(Finding::format).forEach(err::println);
            return SwitchboardCli.INVALID;
        }
        FlowBundle bundle = FlowBundle.of(loaded);
        DeployRequest request = new DeployRequest(bundle.flowFile(), bundle.files());
        if (targetUrl != null) {
            request = withTargetUrl(request, targetUrl);
        }
        String token;
        try {
            token = Files.readString(tokenFile).trim();
        } catch (IOException e) {
            err.println("--token-file: cannot read " + tokenFile + ": " + e.getMessage());
            return SwitchboardCli.INVALID;
        }
        try {
            DeployResult result = new JdkRuntimeClient(runtimeUrl, token).deploy(loaded.flow().id(), request)
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
            spec.commandLine().getOut().println(result.flowId() + " deployed as version " + result.version());
            return SwitchboardCli.OK;
        } catch (ExecutionException e) {
            err.println("deploy: " + e.getCause().getMessage());
            return SwitchboardCli.FAILED;
        }
    }

    private static DeployRequest withTargetUrl(DeployRequest request, String url) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode flow = (ObjectNode) json.readTree(request.files().get(request.flowFile()));
        ((ObjectNode) flow.get("target")).put("url", url);
        Map<String, String> files = new java.util.HashMap<>(request.files());
        files.put(request.flowFile(), json.writerWithDefaultPrettyPrinter().writeValueAsString(flow));
        return new DeployRequest(request.flowFile(), files);
    }
}
