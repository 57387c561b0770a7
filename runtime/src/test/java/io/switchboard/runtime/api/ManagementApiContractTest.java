package io.switchboard.runtime.api;

import io.switchboard.runtime.config.LoopbackPorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.switchboard.flow.schema.ResolvedSchema;
import io.switchboard.flow.schema.SchemaResolver;
import io.switchboard.flow.schema.StandaloneSchemaWriter;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.runtime.Bundles;
import io.switchboard.runtime.StubTargetAccess;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.Json;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI description in {@code openapi/management-api.yaml} against the real server: every served endpoint
 * is described and every described one is served, and each answer's status is documented and its body matches
 * the documented schema.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ManagementApiContractTest {

    private static final ObjectMapper JSON = Json.MAPPER;

    @TempDir
    Path data;

    private StubTargetAccess target;
    private SwitchboardRuntime runtime;
    private SourceDocument spec;
    private String token;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        target = StubTargetAccess.start();
        ingressPort = LoopbackPorts.free();
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort).withApiPort(0));
        token = Files.readString(runtime.adminTokenFile()).trim();
        try (InputStream in = ManagementApi.class.getResourceAsStream("/openapi/management-api.yaml")) {
            spec = SourceDocument.parse(Path.of("management-api.yaml"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void stop() {
        runtime.close();
        target.close();
    }

    @Test
    void everyServedEndpointIsDescribedAndEveryDescribedOneIsServed() {
        Set<String> described = new TreeSet<>();
        spec.root().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));

        assertEquals(described, new TreeSet<>(runtime.api().endpoints()));
    }

    @Test
    void everyAnswerMatchesItsDocumentedSchema() throws Exception {
        DeployBundle bundle = Bundles.orders(target.url("/invoices"));
        check("PUT", "/api/v1/flows/{id}", "/api/v1/flows/orders",
                new DeployRequest(bundle.flowFile(), bundle.files()), 201);
        check("GET", "/api/v1/flows", "/api/v1/flows", null, 200);
        check("POST", "/api/v1/flows/{id}/stop", "/api/v1/flows/orders/stop", Map.of(), 200);
        check("POST", "/api/v1/flows/{id}/start", "/api/v1/flows/orders/start", Map.of(), 200);
        check("GET", "/api/v1/flows/{id}/versions", "/api/v1/flows/orders/versions", null, 200);
        check("POST", "/api/v1/flows/{id}/rollback", "/api/v1/flows/orders/rollback", Map.of("version", 1), 200);
        check("GET", "/api/v1/flows/{id}/versions/{version}", "/api/v1/flows/orders/versions/1", null, 200);
        check("GET", "/api/v1/flows/{id}/versions/{version}", "/api/v1/flows/orders/versions/99", null, 404);
        check("GET", "/api/v1/flows/{id}/versions/{version}", "/api/v1/flows/orders/versions/x", null, 400);
        check("GET", "/api/v1/flows/{id}/versions", "/api/v1/flows/nothing/versions", null, 404);

        long first = storeAFailure("ORD-C1");
        long second = storeAFailure("ORD-C2");
        check("GET", "/api/v1/health", "/api/v1/health", null, 200);
        check("GET", "/livez", "/livez", null, 200);
        check("GET", "/readyz", "/readyz", null, 200);
        check("GET", "/api/v1/failed", "/api/v1/failed?flow=orders&limit=1", null, 200);
        check("GET", "/api/v1/failed", "/api/v1/failed?from=yesterday", null, 400);
        check("GET", "/api/v1/failed/groups", "/api/v1/failed/groups?flow=orders", null, 200);
        check("GET", "/api/v1/failed/groups", "/api/v1/failed/groups?status=failed&from=2026-01-01T00:00:00Z", null,
                200);
        check("GET", "/api/v1/failed/groups", "/api/v1/failed/groups?to=tomorrow", null, 400);
        check("GET", "/api/v1/failed/{id}", "/api/v1/failed/" + first, null, 200);
        check("GET", "/api/v1/failed/{id}", "/api/v1/failed/999999", null, 404);
        check("POST", "/api/v1/failed/replay", "/api/v1/failed/replay",
                Map.of("dryRun", true, "filter", Map.of("flow", "orders")), 200);
        check("POST", "/api/v1/failed/{id}/replay", "/api/v1/failed/" + first + "/replay",
                Map.of("reason", "contract"), 200);
        check("POST", "/api/v1/failed/{id}/discard", "/api/v1/failed/" + second + "/discard",
                Map.of("reason", "contract"), 200);
        check("POST", "/api/v1/failed/{id}/discard", "/api/v1/failed/" + second + "/discard",
                Map.of("reason", "again"), 409);
        long third = storeAFailure("ORD-C3");
        check("POST", "/api/v1/replay-jobs", "/api/v1/replay-jobs",
                Map.of("dryRun", true, "filter", Map.of("flow", "orders")), 200);
        JsonNode job = check("POST", "/api/v1/replay-jobs", "/api/v1/replay-jobs",
                Map.of("ids", java.util.List.of(third), "reason", "contract"), 201);
        String jobPath = "/api/v1/replay-jobs/" + job.get("id").asLong();
        check("POST", "/api/v1/replay-jobs", "/api/v1/replay-jobs", Map.of("throttlePerSecond", -1), 400);
        check("GET", "/api/v1/replay-jobs", "/api/v1/replay-jobs", null, 200);
        check("GET", "/api/v1/replay-jobs/{id}", jobPath, null, 200);
        check("GET", "/api/v1/replay-jobs/{id}", "/api/v1/replay-jobs/424242", null, 404);
        check("GET", "/api/v1/replay-jobs/{id}/items", jobPath + "/items?limit=10", null, 200);
        check("GET", "/api/v1/audit", "/api/v1/audit?limit=5", null, 200);
        check("GET", "/api/v1/audit", "/api/v1/audit?action=replay&from=2026-01-01T00:00:00Z", null, 200);
        check("GET", "/api/v1/audit", "/api/v1/audit?from=last-week", null, 400);
        check("PUT", "/api/v1/objectives/{flowId}", "/api/v1/objectives/orders", Map.of("degradedErrorRate", 0.02,
                "failingErrorRate", 0.2, "degradedP95Ms", 300, "failingP95Ms", 1500, "sloP95Ms", 800,
                "sloErrorRate", 0.02), 200);
        check("PUT", "/api/v1/objectives/{flowId}", "/api/v1/objectives/orders", Map.of("degradedErrorRate", 0.5,
                "failingErrorRate", 0.2, "degradedP95Ms", 300, "failingP95Ms", 1500, "sloP95Ms", 800,
                "sloErrorRate", 0.02), 400);
        check("PUT", "/api/v1/objectives/{flowId}", "/api/v1/objectives/nothing", Map.of("degradedErrorRate", 0.02,
                "failingErrorRate", 0.2, "degradedP95Ms", 300, "failingP95Ms", 1500, "sloP95Ms", 800,
                "sloErrorRate", 0.02), 404);
        check("GET", "/api/v1/objectives", "/api/v1/objectives", null, 200);
        check("GET", "/api/v1/kpis", "/api/v1/kpis?period=week&count=4", null, 200);
        check("GET", "/api/v1/kpis", "/api/v1/kpis?period=month", null, 400);
        check("POST", "/api/v1/tokens", "/api/v1/tokens", Map.of("name", "ops", "role", "operator"), 201);
        check("GET", "/api/v1/tokens", "/api/v1/tokens", null, 200);
        check("GET", "/api/v1/session", "/api/v1/session", null, 200);
        checkEventStream();
    }

    private JsonNode check(String method, String specPath, String url, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(runtime.apiUrl() + url))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + url + ": " + response.body());
        if (expected < 300 && url.startsWith("/api/")) {
            assertTrue(response.headers().firstValue("Server-Timing").orElse("").matches("app;dur=\\d+\\.\\d"),
                    method + " " + url + " tells how long the runtime worked on it");
        }
        String pointer = "/paths/" + specPath.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase()
                + "/responses/" + expected;
        JsonNode documented = spec.root().at(pointer);
        assertTrue(!documented.isMissingNode(), method + " " + specPath + " does not document " + expected);
        if (documented.has("$ref")) {
            pointer = documented.get("$ref").asText().substring(1);
            documented = spec.root().at(pointer);
        }
        String schemaPointer = pointer + "/content/application~1json/schema";
        JsonNode answer = JSON.readTree(response.body());
        assertValid(schemaPointer, answer, method + " " + url);
        return answer;
    }

    private void checkEventStream() throws Exception {
        HttpResponse<java.util.stream.Stream<String>> response = http.send(HttpRequest.newBuilder(
                        URI.create(runtime.apiUrl() + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();
        String data = null;
        while (data == null && lines.hasNext()) {
            String line = lines.next();
            data = line.startsWith("data:") ? line.substring(5).trim() : null;
        }
        response.body().close();
        assertNotNull(data, "no event within the stream");
        assertValid("/paths/~1api~1v1~1events/get/responses/200/content/text~1event-stream/schema",
                JSON.readTree(data), "event");
    }

    private void assertValid(String schemaPointer, JsonNode body, String what) throws Exception {
        JsonNode node = spec.root().at(schemaPointer);
        assertTrue(!node.isMissingNode(), "no schema at " + schemaPointer);
        SchemaResolver resolver = new SchemaResolver();
        JsonNode schema = new StandaloneSchemaWriter(resolver).write(new ResolvedSchema(spec, schemaPointer, node));
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(schema).validate(body);
        assertTrue(problems.isEmpty(), what + " does not match its schema: " + problems + "\n" + body);
    }

    private long storeAFailure(String orderId) throws Exception {
        target.answerWith(503, 503, 503);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("failedId").asLong();
    }

}
