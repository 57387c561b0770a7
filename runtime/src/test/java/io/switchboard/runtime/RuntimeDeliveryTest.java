package io.switchboard.runtime;

import io.switchboard.runtime.config.LoopbackPorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.engine.Actor;
import io.switchboard.runtime.engine.DeployException;
import io.switchboard.runtime.engine.ReplayService;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.IdempotencyStore;
import io.switchboard.runtime.store.ReplayRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runtime with real Camel, real H2 and a stub target on 127.0.0.1: delivery, failure capture, replay. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuntimeDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor OPERATOR = new Actor("alice", "operator");

    @TempDir
    Path data;

    private StubTarget target;
    private SwitchboardRuntime runtime;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        target = new StubTarget();
        ingressPort = LoopbackPorts.free();
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));
        assertEquals(1, runtime.host().deploy(Bundles.orders(target.url("/invoices")), "test"));
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        target.close();
    }

    @Test
    void aPoisonMessageAmongAThousandIsStoredAsReceivedAndTheFlowKeepsRunning() throws Exception {
        target.rejectBodiesContaining("ORD-POISON");
        String poison = Bundles.order("ORD-POISON");
        for (int i = 0; i < 1000; i++) {
            HttpResponse<String> response = post(i == 500 ? poison : Bundles.order("ORD-" + i));
            assertEquals(i == 500 ? 202 : 200, response.statusCode(), "message " + i + ": " + response.body());
        }

        assertEquals(999, target.count());
        List<FailedMessage> failed = runtime.failedMessages().list(FailedMessageQuery.all());
        assertEquals(1, failed.size());
        FailedMessage stored = runtime.failedMessages().find(failed.get(0).id()).orElseThrow();
        assertEquals(poison, new String(stored.payload(), StandardCharsets.UTF_8));
        assertEquals("ORD-POISON", stored.idempotencyKey());
        assertEquals("orders", stored.flowId());
        assertEquals(1, stored.flowVersion());
        assertTrue(stored.errorMessage().contains("422"), stored.errorMessage());
        assertEquals(200, post(Bundles.order("ORD-after")).statusCode(), "the flow keeps running");
        var counters = runtime.metrics().of("orders");
        // The last exchange is counted when Camel reports it complete, just after its answer went out: first in,
        // then delivered, so both are waited for.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((counters.in() < 1001 || counters.delivered() < 1000) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1001, counters.in());
        assertEquals(1000, counters.delivered());
        assertEquals(1, counters.failedCount());
    }

    @Test
    void badInputIsRefusedOrStoredWithAReasonAndTheRuntimeKeepsServing() throws Exception {
        HttpResponse<String> malformed = post("{\"orderId\": \"ORD-BAD\", ", "application/json");
        HttpResponse<String> xml = post("<order><orderId>ORD-XML</orderId></order>", "application/xml");
        HttpResponse<String> noType = post(Bundles.order("ORD-NOTYPE"), null);
        HttpResponse<String> oversize = post("{\"pad\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}", "application/json");

        for (HttpResponse<String> response : List.of(malformed, xml, noType)) {
            assertTrue(response.statusCode() == 400 || response.statusCode() == 415 || response.statusCode() == 202,
                    response.statusCode() + " " + response.body());
            assertTrue(response.body().contains("error") || response.body().contains("stored"), response.body());
        }
        assertEquals(413, oversize.statusCode());
        for (FailedMessage stored : runtime.failedMessages().list(FailedMessageQuery.all())) {
            assertTrue(stored.errorMessage() != null && !stored.errorMessage().isBlank(), stored.toString());
        }
        assertEquals(0, target.count(), "nothing bad reached the target");
        assertEquals(200, post(Bundles.order("ORD-good")).statusCode(), "and the runtime keeps serving");
    }

    @Test
    void aFailureTheStoreCannotTakeFailsBackToItsSender() throws Exception {
        target.answerWith(503, 503, 503);
        runtime.database().writer().close();

        HttpResponse<String> response = post(Bundles.order("ORD-NOSTORE"));

        assertTrue(response.statusCode() >= 500, "the sender must not be told it was taken: " + response.statusCode());
        assertFalse(response.body().contains("stored"), response.body());
    }

    @Test
    void noCamelHeaderFromTheSenderPassesWhateverItsCase() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .header("Content-Type", "application/json")
                .header("CAmelExecCommandExecutable", "/bin/sh")
                .header("camelHttpUri", "http://127.0.0.2/steal")
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order("ORD-HDR"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        var delivered = target.receivedSoFar().get(0);
        assertEquals("/invoices", delivered.path());
        assertTrue(delivered.headers().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("camel")),
                delivered.headers().toString());
    }

    @Test
    void aTargetDownIsRetriedThenStoredThenReplayedOnceAfterItRecovers() throws Exception {
        target.answerWith(503, 503, 503);

        HttpResponse<String> response = post(Bundles.order("ORD-503"));

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(3, target.attempts(), "the policy's three attempts");
        long id = JSON.readTree(response.body()).get("failedId").asLong();
        FailedMessage stored = runtime.failedMessages().find(id).orElseThrow();
        assertEquals(FailedMessage.Status.FAILED, stored.status());
        assertEquals(Bundles.order("ORD-503"), new String(stored.payload(), StandardCharsets.UTF_8));
        assertEquals(3, stored.attempts());

        ReplayService.Result first = runtime.replay().replay(id, new ReplayService.Request(null, "target back", false),
                OPERATOR).orElseThrow();
        ReplayService.Result second = runtime.replay().replay(id, new ReplayService.Request(null, "again", false),
                OPERATOR).orElseThrow();

        assertEquals(ReplayRecord.Outcome.DELIVERED, first.outcome(), first.detail());
        assertEquals(ReplayRecord.Outcome.SKIPPED_DUPLICATE, second.outcome());
        assertEquals(1, deliveriesOf("ORD-503"));
        assertEquals(FailedMessage.Status.REPLAYED, runtime.failedMessages().find(id).orElseThrow().status());
    }

    @Test
    void concurrentReplaysOfTheSameMessageDeliverItOnceAndBothAreAudited() throws Exception {
        target.answerWith(503, 503, 503);
        long id = JSON.readTree(post(Bundles.order("ORD-RACE")).body()).get("failedId").asLong();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<ReplayService.Result> replay = () -> runtime.replay()
                .replay(id, new ReplayService.Request(null, "incident 42", false), OPERATOR).orElseThrow();
        List<Future<ReplayService.Result>> results = pool.invokeAll(List.of(replay, replay));
        pool.shutdown();

        long delivered = 0;
        for (Future<ReplayService.Result> result : results) {
            delivered += result.get().outcome() == ReplayRecord.Outcome.DELIVERED ? 1 : 0;
        }
        assertEquals(1, delivered);
        assertEquals(1, deliveriesOf("ORD-RACE"));
        assertEquals(2, runtime.audit().list(null, 100).stream().filter(e -> e.action().equals("replay")).count());
    }

    @Test
    void aMessageAlreadyDeliveredByItsKeyIsNotDeliveredAgainByAReplayOfAnotherCopy() throws Exception {
        target.answerWith(503, 503, 503);
        long id = JSON.readTree(post(Bundles.order("ORD-TWICE")).body()).get("failedId").asLong();
        assertEquals(200, post(Bundles.order("ORD-TWICE")).statusCode(), "the sender retried and got through");

        ReplayService.Result result = runtime.replay().replay(id, new ReplayService.Request(null, "cleanup", false),
                OPERATOR).orElseThrow();

        assertEquals(ReplayRecord.Outcome.SKIPPED_DUPLICATE, result.outcome(), result.detail());
        assertEquals(1, deliveriesOf("ORD-TWICE"));
    }

    @Test
    void aFlowThatWouldRunExecIsRefusedAtDeployWithTheField() throws Exception {
        var bundle = Bundles.orders("exec:/bin/sh");

        DeployException refused = org.junit.jupiter.api.Assertions.assertThrows(DeployException.class,
                () -> runtime.host().deploy(bundle, "test"));

        assertTrue(refused.getMessage().contains("$.target.url: scheme 'exec' is not allowed"), refused.getMessage());
        assertEquals(200, post(Bundles.order("ORD-still")).statusCode(), "version 1 keeps serving");
    }

    @Test
    void aReplayInterruptedByAStopIsFailedAgainAfterTheRestartAndDeliveredByTheNextReplay() throws Exception {
        target.rejectBodiesContaining("ORD-CUT");
        assertEquals(202, post(Bundles.order("ORD-CUT")).statusCode());
        long id = runtime.failedMessages().list(FailedMessageQuery.all()).get(0).id();
        // What a kill between the claim and the outcome leaves behind: the message taken, its key claimed.
        runtime.database().writer().execute(connection -> {
            FailedMessageStore.transition(connection, id, FailedMessage.Status.FAILED, FailedMessage.Status.REPLAYING);
            return IdempotencyStore.claim(connection, "orders", "ORD-CUT", id);
        });
        runtime.close();
        target.rejectBodiesContaining(null);

        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));

        assertEquals(FailedMessage.Status.FAILED, runtime.failedMessages().find(id).orElseThrow().status());
        var history = runtime.replayLog().history(id);
        assertEquals(1, history.size());
        assertTrue(history.get(0).detail().contains("stopped during this replay"), history.get(0).detail());
        // The target never received it: the interrupted claim is not a delivery, so the next replay sends it.
        var again = runtime.replay().replay(id, new ReplayService.Request(null, "after restart", false), OPERATOR)
                .orElseThrow();
        assertEquals(ReplayRecord.Outcome.DELIVERED, again.outcome(), again.detail());
        assertEquals(1, deliveriesOf("ORD-CUT"));
        var twice = runtime.replay().replay(id, new ReplayService.Request(null, "pressed again", false), OPERATOR)
                .orElseThrow();
        assertEquals(ReplayRecord.Outcome.SKIPPED_DUPLICATE, twice.outcome());
        assertEquals(1, deliveriesOf("ORD-CUT"));
    }

    @Test
    void theSenderHearsTheStatusAndContentTypeButNoHeaderOfTheTargetOrOfTheFlow() throws Exception {
        HttpResponse<String> delivered = post(Bundles.order("ORD-HEADERS"));
        target.rejectBodiesContaining("ORD-STORED");
        HttpResponse<String> stored = post(Bundles.order("ORD-STORED"));

        assertEquals(200, delivered.statusCode());
        assertEquals(202, stored.statusCode());
        for (HttpResponse<String> answer : List.of(delivered, stored)) {
            var names = answer.headers().map().keySet().stream().map(String::toLowerCase).toList();
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("json"), names.toString());
            for (String hidden : List.of("server", "set-cookie", "switchboardflowversion",
                    "switchboardidempotencykey", "switchboardcorrelationid")) {
                assertFalse(names.contains(hidden), hidden + " reached the sender: " + names);
            }
        }
    }

    private long deliveriesOf(String orderId) {
        return target.receivedSoFar().stream()
                .map(received -> new String(received.body(), StandardCharsets.UTF_8))
                .filter(body -> body.contains("\"orderRef\":\"" + orderId + "\""))
                .collect(Collectors.counting());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(body, "application/json");
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
