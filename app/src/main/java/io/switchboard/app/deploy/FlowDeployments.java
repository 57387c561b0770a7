package io.switchboard.app.deploy;

import io.switchboard.app.settings.Environment;
import io.switchboard.designer.deploy.DeployReview;
import io.switchboard.designer.deploy.DeployReviews;
import io.switchboard.flow.export.FlowBundle;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.flow.validation.LoadedFlow;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.FlowSummary;
import io.switchboard.runtimeclient.wire.FlowVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Deploys a workspace's flows to environments: a review of what changes against the running version first, then the
 * deploy; the versions of a flow there, and a rollback to one. Every call does I/O: off the FX thread.
 */
public final class FlowDeployments {

    /** How long a runtime may take to answer one call. */
    private static final long ANSWER_SECONDS = 60;

    private final RuntimeConnections connections;
    private final DefinitionLoader loader;
    private final DeployReviews reviews = new DeployReviews();

    public FlowDeployments(RuntimeConnections connections, DefinitionLoader loader) {
        this.connections = connections;
        this.loader = loader;
    }

    /** A deploy ready to be confirmed: what would be sent, and its review. */
    public record Prepared(Environment environment, String flowId, DeployRequest request, DeployReview review) {
    }

    /** Checks the flow as saved, collects its bundle and compares it with the version running in the environment. */
    public Prepared prepare(Path flowFile, Environment environment) throws IOException {
        LoadedFlow loaded;
        try {
            loaded = loader.loadFlow(flowFile);
        } catch (DefinitionException e) {
            throw new IOException(flowFile.getFileName() + " is not deployed: "
                    + String.join("; ", e.findings().stream().filter(Finding::isError).map(Finding::format).toList()));
        }
        FlowBundle bundle = FlowBundle.of(loaded);
        String flowId = loaded.flow().id();
        try (RuntimeClient client = connections.connect(environment)) {
            Optional<FlowSummary> running = answer(client.flows(), environment).stream()
                    .filter(flow -> flow.id().equals(flowId)).findFirst();
            Map<String, String> runningFiles = running.isEmpty() ? null
                    : answer(client.versionBundle(flowId, running.get().activeVersion()), environment).files();
            DeployReview review = reviews.compare(flowId, environment.name(),
                    running.map(FlowSummary::activeVersion).orElse(null), runningFiles, bundle.files());
            return new Prepared(environment, flowId, new DeployRequest(bundle.flowFile(), bundle.files()), review);
        }
    }

    /** Sends a reviewed deploy; answers the new version. */
    public int deploy(Prepared prepared) throws IOException {
        try (RuntimeClient client = connections.connect(prepared.environment())) {
            return answer(client.deploy(prepared.flowId(), prepared.request()), prepared.environment()).version();
        }
    }

    /** The flow's versions in the environment, newest first; empty when it was never deployed there. */
    public List<FlowVersion> versions(String flowId, Environment environment) throws IOException {
        try (RuntimeClient client = connections.connect(environment)) {
            return answer(client.versions(flowId), environment);
        } catch (IOException e) {
            if (e.getCause() instanceof io.switchboard.runtimeclient.RuntimeClientException.NotFound) {
                return List.of();
            }
            throw e;
        }
    }

    public FlowSummary rollback(String flowId, int version, Environment environment) throws IOException {
        try (RuntimeClient client = connections.connect(environment)) {
            return answer(client.rollback(flowId, version), environment);
        }
    }

    private static <T> T answer(CompletionStage<T> call, Environment environment) throws IOException {
        try {
            return call.toCompletableFuture().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException(environment.name() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(environment.name() + " did not answer within " + ANSWER_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped waiting for " + environment.name(), e);
        }
    }
}
