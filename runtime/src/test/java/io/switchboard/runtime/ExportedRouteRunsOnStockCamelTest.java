package io.switchboard.runtime;

import io.switchboard.runtime.config.LoopbackPorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.validation.DefinitionLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported folder runs on plain Camel Main with the YAML DSL: no class of ours is on the route. The flow's
 * target is pointed at a stub on 127.0.0.1, an order is posted to the route's HTTP ingress, and the stub must
 * receive exactly the reference invoice.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ExportedRouteRunsOnStockCamelTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A target URL's query is data for the target, sent as it is written. */
    private static final String QUERY = "?tenant=eu&note=a%20b%26c&timeout=5";

    @TempDir
    Path work;

    private StubTarget target;
    private Main camel;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void exportAndStart() throws Exception {
        target = new StubTarget();
        Path workspace = copyWorkspaceWithTarget(target.url("/invoices") + QUERY);
        Path out = work.resolve("export");
        var loaded = new DefinitionLoader().loadFlow(workspace.resolve("flows/orders.flow.json"));
        var result = new CamelYamlExporter(new MappingEngine(), new RuntimeSafetyPolicy()).export(loaded, out);

        ingressPort = LoopbackPorts.free();
        camel = new Main();
        camel.configure().withRoutesIncludePattern("file:" + result.routeFile());
        camel.addInitialProperty("camel.server.enabled", "true");
        camel.addInitialProperty("camel.server.host", "127.0.0.1");
        camel.addInitialProperty("camel.server.port", String.valueOf(ingressPort));
        camel.setPropertyPlaceholderLocations("file:" + out.resolve(CamelYamlExporter.APPLICATION_PROPERTIES));
        camel.addOverrideProperty("switchboard.flows.dir", out.toString());
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        target.close();
    }

    @Test
    void anOrderPostedToTheRouteReachesTheTargetAsTheReferenceInvoice() throws Exception {
        HttpResponse<String> response = post(Files.readString(ORDERS.resolve("samples/order-small.json")), "{}");

        assertEquals(200, response.statusCode(), response.body());
        StubTarget.Received delivered = target.next(10, TimeUnit.SECONDS);
        assertNotNull(delivered, "the target received nothing");
        JsonNode expected = JSON.readTree(ORDERS.resolve("samples/invoice-expected.json").toFile());
        JsonNode actual = JSON.readTree(delivered.body());
        assertTrue(sameByValue(expected, actual), () -> "expected\n" + expected + "\nbut the target got\n" + actual);
        assertEquals(QUERY.substring(1), delivered.query(), "the query reached the target as written");
    }

    @Test
    void aTargetUrlWhoseQuerySetsAnEndpointOptionIsRefusedAtExportWithItsField() throws Exception {
        for (String smuggled : new String[] {
            "?httpClientConfigurer=%23class:java.sql.DriverManager",
            "?x=%23bean:vertx", "?throwExceptionOnFailure=false", "?proxyHost=evil.example", "#class:x"}) {
            Path workspace = copyWorkspaceWithTarget(target.url("/invoices") + smuggled);
            var loaded = new DefinitionLoader();
            var refused = org.junit.jupiter.api.Assertions.assertThrows(
                    io.switchboard.flow.validation.DefinitionException.class,
                    () -> loaded.loadFlow(workspace.resolve("flows/orders.flow.json")), smuggled);
            assertTrue(refused.getMessage().contains("$.target.url"), refused.getMessage());
        }
    }

    @Test
    void anOrderThatBreaksTheContractGets400AndNeverReachesTheTarget() throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree(ORDERS.resolve("samples/order-small.json").toFile());
        order.remove("customer");

        HttpResponse<String> response = post(order.toString(), "{}");

        assertEquals(400, response.statusCode(), response.body());
        assertNull(target.next(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void theTargetSeesNoneOfTheSendersHeaders() throws Exception {
        HttpResponse<String> response = post(Files.readString(ORDERS.resolve("samples/order-small.json")),
                "CAmelExecCommandExecutable");

        assertEquals(200, response.statusCode(), response.body());
        StubTarget.Received delivered = target.next(10, TimeUnit.SECONDS);
        assertNotNull(delivered);
        assertTrue(delivered.headers().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("camel")
                || h.equalsIgnoreCase("X-Sender-Secret")), delivered.headers().toString());
    }

    @Test
    void aTargetFailingWith503IsRetriedPerThePolicy() throws Exception {
        target.answerWith(503, 503);

        HttpResponse<String> response = post(Files.readString(ORDERS.resolve("samples/order-small.json")), "{}");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(3, target.attempts(), "two failed attempts and one that succeeded");
        assertEquals(1, target.count());
    }

    @Test
    void aTargetThatKeepsFailingGetsExactlyTheAttemptsOfThePolicyAndTheSenderAnError() throws Exception {
        target.answerWith(503, 503, 503, 503);

        HttpResponse<String> response = post(Files.readString(ORDERS.resolve("samples/order-small.json")), "{}");

        assertTrue(response.statusCode() >= 500, "the sender must learn that delivery failed: " + response.statusCode() + " " + response.body() + " after " + target.count());
        assertEquals(3, target.attempts(), "maxAttempts is 3");
    }

    private HttpResponse<String> post(String body, String extraHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Sender-Secret", "s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!extraHeader.startsWith("{")) {
            request.header(extraHeader, "/bin/sh");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The example workspace, with the flow's target pointed at the stub. */
    private Path copyWorkspaceWithTarget(String targetUrl) throws IOException {
        Path copy = work.resolve("workspace-" + System.nanoTime());
        for (String dir : new String[] {"contracts", "mappings", "flows"}) {
            Files.createDirectories(copy.resolve(dir));
            try (var files = Files.list(ORDERS.resolve(dir))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(dir).resolve(file.getFileName()));
                }
            }
        }
        Path flow = copy.resolve("flows/orders.flow.json");
        ObjectNode definition = (ObjectNode) JSON.readTree(flow.toFile());
        ((ObjectNode) definition.get("target")).put("url", targetUrl);
        ((ObjectNode) definition.get("errorPolicy")).put("backoffMs", 10);
        JSON.writeValue(flow.toFile(), definition);
        return copy;
    }

    private static boolean sameByValue(JsonNode expected, JsonNode actual) {
        return expected.equals((a, b) -> a.isNumber() && b.isNumber()
                ? new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()))
                : (a.equals(b) ? 0 : 1), actual);
    }

}
