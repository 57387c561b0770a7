package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtime.engine.DeployException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a designer's deploy can reach on the runtime's host: no file outside its bundle, no endpoint option or
 * {@code #} reference through a target URL, no expression language through a filter, no metadata service or the
 * runtime's own API as a target. Each refusal names the field, and a refused bundle leaves nothing on disk.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuntimeBoundaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private SwitchboardRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private void start(RuntimeConfiguration configuration) throws Exception {
        runtime = SwitchboardRuntime.start(configuration);
    }

    private RuntimeConfiguration configuration() {
        return RuntimeConfiguration.defaults(data).withIngressPort(0).withApiPort(0);
    }

    @Test
    void aBundleCannotReadTheAdminTokenThroughASchemaOrAMappingReference() throws Exception {
        start(configuration());
        String secret = Files.readString(runtime.adminTokenFile()).trim();
        for (String field : List.of("schema", "mapping")) {
            DeployBundle bundle = edited(flow -> {
                if (field.equals("schema")) {
                    ((ObjectNode) flow.withArray("steps").get(0).get("schema")).put("file",
                            "../../../../../admin.token");
                } else {
                    ((ObjectNode) flow.withArray("steps").get(1)).put("mapping", "../../../../../admin.token");
                }
            });

            DeployException refused = assertThrows(DeployException.class,
                    () -> runtime.host().deploy(bundle, "designer"));

            assertTrue(refused.getMessage().contains("resolves outside"), refused.getMessage());
            assertFalse(refused.getMessage().contains(secret.substring(0, 8)), "the token leaked: " + refused);
        }
        assertFalse(Files.exists(runtime.configuration().flowsDir().resolve("orders")),
                "nothing of a refused bundle stays on disk");
    }

    @Test
    void aTargetUrlCannotConfigureTheEndpointOrRunCode() throws Exception {
        start(configuration());
        for (String url : List.of(
                "http://127.0.0.1:9090/x?httpClientConfigurer=%23class:java.sql.DriverManager",
                "http://127.0.0.1:9090/x?bean=%23bean:vertx",
                "http://127.0.0.1:9090/x?throwExceptionOnFailure=false",
                "http://127.0.0.1:9090/x?proxyHost=10.1.2.3&proxyPort=80",
                "http://user:secret@127.0.0.1:9090/x")) {
            DeployException refused = assertThrows(DeployException.class,
                    () -> runtime.host().deploy(Bundles.orders(url), "designer"), url);
            assertTrue(refused.getMessage().contains("$.target.url"), refused.getMessage());
        }
    }

    @Test
    void metadataServicesAndTheRuntimesOwnApiAreNoTargetsUnlessAllowed() throws Exception {
        start(configuration());
        int apiPort = java.net.URI.create(runtime.apiUrl()).getPort();
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://[fd00:ec2::254]/latest",
                "http://2852039166/latest", "http://localhost:" + apiPort + "/api/v1/tokens",
                "http://127.0.0.1:" + apiPort + "/api/v1/flows/orders")) {
            DeployException refused = assertThrows(DeployException.class,
                    () -> runtime.host().deploy(Bundles.orders(url), "designer"), url);
            assertTrue(refused.getMessage().contains("$.target.url"), refused.getMessage());
        }
        runtime.close();

        start(configuration().withAllowedTargets(List.of("169.254.169.0/24")));
        assertEquals(1, runtime.host().deploy(Bundles.orders("http://169.254.169.254/invoices"), "designer"));
    }

    @Test
    void aFilterOrASourcePathCannotReachAnExpressionLanguageOrPlaceholders() throws Exception {
        start(configuration());
        DeployBundle filter = edited(flow -> flow.withArray("steps").addObject().put("type", "filter")
                .put("jsonPath", "$[?(@.customer.name == '${sysenv.HOME}')]"));
        DeployBundle path = edited(flow -> ((ObjectNode) flow.get("source")).put("path", "/orders{{env:HOME}}"));

        DeployException refusedFilter = assertThrows(DeployException.class,
                () -> runtime.host().deploy(filter, "designer"));
        DeployException refusedPath = assertThrows(DeployException.class,
                () -> runtime.host().deploy(path, "designer"));

        assertTrue(refusedFilter.getMessage().contains("$.steps[2].jsonPath"), refusedFilter.getMessage());
        assertTrue(refusedPath.getMessage().contains("$.source.path"), refusedPath.getMessage());
    }

    @Test
    void aDirectoryTargetWithWindowsSeparatorsIsRefusedOnEveryPlatform() throws Exception {
        start(configuration());
        DeployBundle bundle = edited(flow -> flow.putObject("target").put("type", "directory")
                .put("path", "..\\..\\etc"));

        DeployException refused = assertThrows(DeployException.class, () -> runtime.host().deploy(bundle, "designer"));

        assertTrue(refused.getMessage().contains("$.target.path"), refused.getMessage());
    }

    @Test
    void aDirectoryTargetThroughALinkOutOfTheDataRootIsRefused(@TempDir Path elsewhere) throws Exception {
        start(configuration());
        Path dataRoot = Files.createDirectories(runtime.configuration().dataDir().resolve("data"));
        Files.createSymbolicLink(dataRoot.resolve("out"), elsewhere);
        DeployBundle bundle = edited(flow -> flow.putObject("target").put("type", "directory")
                .put("path", "out/invoices"));

        DeployException refused = assertThrows(DeployException.class, () -> runtime.host().deploy(bundle, "designer"));

        assertTrue(refused.getMessage().contains("$.target.path: 'out/invoices' leads outside the data root"),
                refused.getMessage());
    }

    @Test
    void aLinkMadeAfterTheDeployIsRefusedWhenTheMessageIsWritten(@TempDir Path elsewhere) throws Exception {
        int ingressPort = LoopbackPorts.free();
        start(configuration().withIngressPort(ingressPort));
        DeployBundle bundle = edited(flow -> flow.putObject("target").put("type", "directory")
                .put("path", "invoices"));
        runtime.host().deploy(bundle, "designer");
        Path folder = runtime.configuration().dataDir().resolve("data/invoices");
        Files.createDirectories(folder);
        Files.delete(folder);
        Files.createSymbolicLink(folder, elsewhere);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order("ORD-LINK"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(202, answer.statusCode(), answer.body());
        long id = JSON.readTree(answer.body()).get("failedId").asLong();
        String reason = runtime.failedMessages().find(id).orElseThrow().errorMessage();
        assertTrue(reason.contains("target.path 'invoices' leads outside the data root"), reason);
        try (var written = Files.list(elsewhere)) {
            assertEquals(0, written.count());
        }
    }

    @Test
    void aDirectoryTargetWritesBelowTheDataFolderWhereverTheRuntimeWasStarted() throws Exception {
        start(configuration());
        DeployBundle bundle = edited(flow -> flow.putObject("target").put("type", "directory")
                .put("path", "invoices"));

        assertEquals(1, runtime.host().deploy(bundle, "designer"));
        String route = Files.readString(runtime.configuration().flowsDir().resolve("orders/v1/export/orders.camel.yaml"));
        assertTrue(route.contains("{{switchboard.data.root:data}}/invoices"), route);
        assertEquals(runtime.configuration().dataDir().resolve("data").toString(),
                runtime.host().context().resolvePropertyPlaceholders("{{switchboard.data.root}}"));
    }

    /** The orders bundle with its flow changed by {@code edit}. */
    private static DeployBundle edited(Consumer<ObjectNode> edit) throws Exception {
        DeployBundle bundle = Bundles.orders("http://127.0.0.1:9090/invoices");
        ObjectNode flow = (ObjectNode) JSON.readTree(bundle.files().get(bundle.flowFile()));
        edit.accept(flow);
        Map<String, String> files = new HashMap<>(bundle.files());
        files.put(bundle.flowFile(), JSON.writeValueAsString(flow));
        return new DeployBundle(bundle.flowFile(), files);
    }
}
