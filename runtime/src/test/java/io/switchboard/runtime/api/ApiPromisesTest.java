package io.switchboard.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.runtime.Bundles;
import io.switchboard.runtime.StubTargetAccess;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtimeclient.wire.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's smaller promises, each once broken: every request is answered (a JSON {@code null} body too), what is
 * missing or malformed is named, versions are positive whole numbers, bulk replay counts only what exists, refused
 * deploys are audited, and tokens are unique, listed and revocable, ending their event streams.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApiPromisesTest {

    @TempDir
    static Path data;

    private StubTargetAccess target;
    private SwitchboardRuntime runtime;
    private String admin;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start() throws Exception {
        target = StubTargetAccess.start();
        ingressPort = LoopbackPorts.free();
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));
        admin = Files.readString(runtime.adminTokenFile()).trim();
        DeployBundle bundle = Bundles.orders(target.url("/invoices"));
        assertEquals(201, call("PUT", "/api/v1/flows/orders", Json.MAPPER.writeValueAsString(
                Map.of("flowFile", bundle.flowFile(), "files", bundle.files())), admin).statusCode());
    }

    @AfterAll
    void stop() {
        runtime.close();
        target.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /api/v1/failed/1/replay", "POST /api/v1/failed/1/discard",
        "POST /api/v1/failed/replay", "PUT /api/v1/flows/orders", "POST /api/v1/flows/orders/rollback",
        "POST /api/v1/tokens"})
    void aJsonNullBodyIsAnsweredWithFourHundred(String endpoint) throws Exception {
        String[] parts = endpoint.split(" ");

        HttpResponse<String> answer = call(parts[0], parts[1], "null", admin);

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("JSON null"), answer.body());
    }

    @Test
    void aDeployWithoutItsFieldsNamesWhatIsMissing() throws Exception {
        HttpResponse<String> answer = call("PUT", "/api/v1/flows/orders", "{}", admin);

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("flowFile") && answer.body().contains("files"), answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "1.9", "0", "-1", "\"1\"", "null"})
    void aRollbackVersionIsAPositiveWholeNumber(String version) throws Exception {
        HttpResponse<String> answer = call("POST", "/api/v1/flows/orders/rollback", "{\"version\":" + version + "}",
                admin);

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("positive whole number"), answer.body());
    }

    @Test
    void bulkReplayRefusesANegativeThrottleAndMatchesOnlyIdsThatExist() throws Exception {
        long id = storeAFailure("ORD-BULK");

        HttpResponse<String> negative = call("POST", "/api/v1/failed/replay",
                "{\"ids\":[" + id + "],\"throttlePerSecond\":-5}", admin);
        HttpResponse<String> dryRun = call("POST", "/api/v1/failed/replay",
                "{\"ids\":[" + id + ", 987654321, " + id + "],\"dryRun\":true}", admin);

        assertEquals(400, negative.statusCode(), negative.body());
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertEquals(1, Json.MAPPER.readTree(dryRun.body()).get("matched").asInt(), dryRun.body());
    }

    @Test
    void aRefusedDeployIsAuditedAndAnEntryWithoutAVersionSaysNull() throws Exception {
        DeployBundle bundle = Bundles.orders("exec:/bin/sh");
        HttpResponse<String> refused = call("PUT", "/api/v1/flows/orders", Json.MAPPER.writeValueAsString(
                Map.of("flowFile", bundle.flowFile(), "files", bundle.files())), admin);
        assertEquals(422, refused.statusCode(), refused.body());

        JsonNode entries = Json.MAPPER.readTree(call("GET", "/api/v1/audit", null, admin).body()).get("items");
        JsonNode entry = null;
        for (JsonNode candidate : entries) {
            if (candidate.get("action").asText().equals("deploy-refused")) {
                entry = candidate;
                break;
            }
        }
        assertTrue(entry != null, entries.toString());
        assertTrue(entry.get("detail").asText().contains("scheme 'exec' is not allowed"), entry.toString());
        assertTrue(entry.get("flowVersion").isNull(), entry.toString());
        assertEquals(1, runtime.registry().active("orders").orElseThrow().version(), "version 1 keeps serving");
    }

    @Test
    void tokenNamesAreUniqueTokensAreListedAndARevokedTokenEndsItsStream() throws Exception {
        HttpResponse<String> created = call("POST", "/api/v1/tokens", "{\"name\":\"ops\",\"role\":\"operator\"}",
                admin);
        assertEquals(201, created.statusCode(), created.body());
        String ops = Json.MAPPER.readTree(created.body()).get("token").asText();

        HttpResponse<String> again = call("POST", "/api/v1/tokens", "{\"name\":\"ops\",\"role\":\"admin\"}", admin);
        HttpResponse<String> adminAgain = call("POST", "/api/v1/tokens", "{\"name\":\"admin\",\"role\":\"admin\"}",
                admin);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(409, adminAgain.statusCode(), "nobody replaces the admin's token: " + adminAgain.body());
        assertEquals(200, call("GET", "/api/v1/health", null, ops).statusCode(), "the first token still works");
        assertEquals(200, call("GET", "/api/v1/health", null, admin).statusCode());
        assertTrue(call("GET", "/api/v1/tokens", null, admin).body().contains("\"ops\""));

        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(runtime.apiUrl()
                        + "/api/v1/events")).header("Authorization", "Bearer " + ops).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertEquals(": connected", events.readLine());

        assertEquals(204, call("DELETE", "/api/v1/tokens/ops", null, admin).statusCode());

        String line;
        boolean revoked = false;
        while ((line = events.readLine()) != null) {
            revoked |= line.equals("event: revoked");
        }
        assertTrue(revoked, "the stream said why it ended");
        assertEquals(401, call("GET", "/api/v1/health", null, ops).statusCode());
        HttpResponse<String> lastAdmin = call("DELETE", "/api/v1/tokens/admin", null, admin);
        assertEquals(409, lastAdmin.statusCode(), lastAdmin.body());
        assertEquals(404, call("DELETE", "/api/v1/tokens/nobody", null, admin).statusCode());
    }

    private long storeAFailure(String orderId) throws Exception {
        target.answerWith(503, 503, 503);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body()).get("failedId").asLong();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(runtime.apiUrl() + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
