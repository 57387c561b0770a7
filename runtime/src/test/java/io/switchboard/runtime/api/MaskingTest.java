package io.switchboard.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.runtime.Bundles;
import io.switchboard.runtime.StubTargetAccess;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtime.security.Role;
import io.switchboard.runtimeclient.wire.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masking holds for every route to the data a viewer has: search, the detail after a redeploy and a restart, and
 * the replay history.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MaskingTest {

    private static final String EMAIL = "Anna.Schmidt@Example.COM";

    @TempDir
    Path data;

    private StubTargetAccess target;
    private SwitchboardRuntime runtime;
    private int ingressPort;
    private String viewer;
    private String operator;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        target = StubTargetAccess.start();
        ingressPort = LoopbackPorts.free();
        restart();
        viewer = runtime.tokens().create("viewer", Role.VIEWER);
        operator = runtime.tokens().create("operator", Role.OPERATOR);
        runtime.host().deploy(Bundles.orders(target.url("/invoices")), "test");
    }

    @AfterEach
    void stop() {
        runtime.close();
        target.close();
    }

    private void restart() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));
    }

    @Test
    void aViewersSearchCannotFindAMaskedValueAnOperatorsCan() throws Exception {
        storeAFailure("ORD-SEARCH");
        String search = "/api/v1/failed?text=" + URLEncoder.encode(EMAIL.substring(0, 6), StandardCharsets.UTF_8);

        JsonNode asViewer = get(search, viewer);
        JsonNode asOperator = get(search, operator);

        assertEquals(0, asViewer.get("items").size(), asViewer.toString());
        assertEquals(1, asOperator.get("items").size(), asOperator.toString());
    }

    @Test
    void masksFollowTheVersionThatStoredTheMessageAfterARedeployWithoutMaskingAndARestart() throws Exception {
        long id = storeAFailure("ORD-OLD");
        DeployBundle unmasked = Bundles.orders(target.url("/invoices"));
        ObjectNode flow = (ObjectNode) Json.MAPPER.readTree(unmasked.files().get(unmasked.flowFile()));
        flow.remove("masking");
        Map<String, String> files = new HashMap<>(unmasked.files());
        files.put(unmasked.flowFile(), flow.toString());
        assertEquals(2, runtime.host().deploy(new DeployBundle(unmasked.flowFile(), files), "test"));
        restart();

        JsonNode detail = get("/api/v1/failed/" + id, viewer);

        assertTrue(detail.get("masked").asBoolean());
        assertFalse(detail.get("payload").asText().contains(EMAIL), detail.get("payload").asText());
        assertTrue(get("/api/v1/failed/" + id, operator).get("payload").asText().contains(EMAIL));
    }

    @Test
    void aViewerSeesReplayDetailsWithoutThePayloadWordsTheyQuote() throws Exception {
        long id = storeAFailure("ORD-HISTORY");
        HttpResponse<String> replay = http.send(request("/api/v1/failed/" + id + "/replay", operator)
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(Map.of(
                        "payload", "secretword{", "reason", "fix the order")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, replay.statusCode(), replay.body());

        String asViewer = get("/api/v1/failed/" + id, viewer).get("history").toString();
        String asOperator = get("/api/v1/failed/" + id, operator).get("history").toString();

        assertTrue(asOperator.contains("secretword"), asOperator);
        assertFalse(asViewer.contains("secretword"), asViewer);
    }

    private long storeAFailure(String orderId) throws Exception {
        target.answerWith(422);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body()).get("failedId").asLong();
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(request(path, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(runtime.apiUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }
}
