package io.switchboard.app.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.app.settings.Environment;
import io.switchboard.designer.deploy.BundleChange;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtimeclient.wire.FlowVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploys to a remote environment (a runtime on 127.0.0.1 reached by URL and a token file, as a user adds one):
 * the review before the first deploy and the next, the versions with who deployed them, a rollback.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FlowDeploymentsTest {


    @TempDir
    Path temp;

    private SwitchboardRuntime runtime;
    private Environment staging;
    private FlowDeployments deployments;
    private Path flow;

    @BeforeEach
    void start() throws Exception {
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(temp.resolve("runtime"))
                .withIngressPort(LoopbackPorts.free()).withApiPort(0));
        staging = new Environment("Staging", runtime.apiUrl(), runtime.adminTokenFile());
        deployments = new FlowDeployments(new RuntimeConnections(), new DefinitionLoader());
        Path workspace = io.switchboard.app.ExampleWorkspace.copyTo(temp.resolve("workspace"));
        flow = workspace.resolve("flows/orders.flow.json");
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void reviewDeployReviewAgainstTheRunningVersionAndRollBack() throws Exception {
        FlowDeployments.Prepared first = deployments.prepare(flow, staging);
        assertNull(first.review().runningVersion());
        assertTrue(first.review().files().stream().allMatch(file -> file.kind() == BundleChange.Kind.ADDED));
        assertEquals(1, deployments.deploy(first));

        Path mapping = flow.resolveSibling("../mappings/order-to-invoice.mapping.json").normalize();
        Files.writeString(mapping, Files.readString(mapping).replace("\"expression\": \".orderId\"",
                "\"expression\": \"uppercase(.orderId)\""));
        FlowDeployments.Prepared second = deployments.prepare(flow, staging);
        assertEquals(1, second.review().runningVersion());
        assertEquals(List.of("mappings/order-to-invoice.mapping.json"), second.review().files().stream()
                .filter(file -> file.kind() == BundleChange.Kind.CHANGED).map(BundleChange::path).toList());
        assertEquals(2, deployments.deploy(second));

        List<FlowVersion> versions = deployments.versions("orders", staging);
        assertEquals(2, versions.size());
        assertTrue(versions.stream().allMatch(version -> "admin".equals(version.actor())), versions.toString());
        assertEquals(1, deployments.rollback("orders", 1, staging).activeVersion());
        assertEquals(List.of(), deployments.versions("nothing", staging));
    }

    @Test
    void aFlowWithErrorsOrAnUnreadableTokenIsRefusedWithASentence() throws Exception {
        Files.writeString(flow, Files.readString(flow).replace("\"http://127.0.0.1:9090/invoices\"",
                "\"file:///etc/passwd\""));
        IOException invalid = assertThrows(IOException.class, () -> deployments.prepare(flow, staging));
        assertTrue(invalid.getMessage().contains("target"), invalid.getMessage());

        Environment noToken = new Environment("Prod", runtime.apiUrl(), temp.resolve("missing.token"));
        IOException unreadable = assertThrows(IOException.class, () -> deployments.versions("orders", noToken));
        assertTrue(unreadable.getMessage().contains("missing.token"), unreadable.getMessage());
        assertFalse(unreadable.getMessage().contains("Exception"), unreadable.getMessage());
    }
}
