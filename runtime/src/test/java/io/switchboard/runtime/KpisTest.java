package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.RuntimeClientException;
import io.switchboard.runtimeclient.wire.AuditFilter;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FlowKpis;
import io.switchboard.runtimeclient.wire.KpiPeriod;
import io.switchboard.runtimeclient.wire.Objectives;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's KPIs as the runtime counts them, through the API against a real runtime and a stub target: failures,
 * replays per failure, an incident's time to restore, the oldest waiting failure, and minutes within the flow's
 * objective; the counts survive a restart.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KpisTest {

    @TempDir
    Path data;

    private StubTarget target;
    private SwitchboardRuntime runtime;
    private RuntimeClient client;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        target = new StubTarget();
        ingressPort = LoopbackPorts.free();
        open();
        assertEquals(1, runtime.host().deploy(Bundles.orders(target.url("/invoices")), "test"));
    }

    private void open() throws Exception {
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));
        client = new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        target.close();
    }

    @Test
    void failuresReplaysAndTheTimeToRestoreAreCountedAndSurviveARestart() throws Exception {
        target.rejectBodiesContaining("FAIL-");
        for (int i = 0; i < 3; i++) {
            assertEquals(202, send("FAIL-" + i));
        }
        FlowKpis waiting = orders(await(client.kpis("day", 7, null)).flows());
        assertEquals(7, waiting.periods().size());
        KpiPeriod today = waiting.periods().get(6);
        assertEquals(3, today.failures());
        assertEquals(0, today.restores());
        assertNull(today.meanTimeToRestoreSeconds(), "no incident restored yet");
        assertNotNull(waiting.oldestWaitingAgeSeconds(), "three wait");

        List<FailedMessageSummary> failed = await(client.failed(FailedFilter.ofFlow("orders"), null, 10)).items();
        assertEquals("FAILED", replay(failed.get(0).id()), "the target still refuses");
        assertEquals(0, orders(await(client.kpis("day", 1, null)).flows()).periods().get(0).restores(),
                "a replay that failed again does not end the incident");
        target.rejectBodiesContaining(null);
        for (FailedMessageSummary message : failed) {
            assertEquals("DELIVERED", replay(message.id()));
        }

        KpiPeriod restored = orders(await(client.kpis("day", 1, null)).flows()).periods().get(0);
        assertEquals(3, restored.failures());
        assertEquals(4, restored.replays());
        assertEquals(4.0 / 3, restored.replaysPerFailure(), 1e-9);
        assertEquals(1, restored.restores(), "one incident, restored when its last message was delivered");
        assertNotNull(restored.meanTimeToRestoreSeconds());
        assertNull(orders(await(client.kpis("day", 1, null)).flows()).oldestWaitingAgeSeconds(), "none waits");

        runtime.close();
        open();
        KpiPeriod afterRestart = orders(await(client.kpis("week", 2, "orders")).flows()).periods().get(1);
        assertEquals(3, afterRestart.failures());
        assertEquals(1, afterRestart.restores());
        assertEquals(List.of("orders"), await(client.kpis("week", 2, "orders")).flows().stream()
                .map(FlowKpis::flowId).toList());
    }

    @Test
    void minutesWithTrafficAreMeasuredAgainstTheFlowsObjective() throws Exception {
        Instant now = Instant.now();
        runtime.minutes().sample(now);
        assertEquals(200, send("OK-1"));
        // The counters follow the exchange's end, which may come just after the sender's answer.
        Eventually.until(() -> runtime.metrics().of("orders").delivered() >= 1);
        runtime.minutes().sample(now.plusSeconds(60));
        runtime.minutes().sample(now.plusSeconds(120));

        KpiPeriod lenient = orders(await(client.kpis("day", 1, null)).flows()).periods().get(0);
        assertEquals(1, lenient.minutesMeasured(), "the minute without traffic is not counted");
        assertEquals(1, lenient.minutesWithinSlo());
        assertEquals(1.0, lenient.sloAttainment());

        Objectives strict = new Objectives("orders", 0.01, 0.1, 0, 0, 0, 0.0, true);
        assertEquals(0, await(client.setObjectives("orders", strict)).sloP95Ms());
        target.rejectBodiesContaining("FAIL-");
        assertEquals(202, send("FAIL-M"));
        Eventually.until(() -> runtime.metrics().of("orders").failedCount() >= 1);
        runtime.minutes().sample(now.plusSeconds(180));
        KpiPeriod strictly = orders(await(client.kpis("day", 1, null)).flows()).periods().get(0);
        assertEquals(2, strictly.minutesMeasured());
        assertEquals(1, strictly.minutesWithinSlo());
        assertEquals(0.5, strictly.sloAttainment());

        String viewer = await(client.createToken(new TokenRequest("watcher", "viewer"))).token();
        Objectives shown = await(client.objectives()).stream().filter(o -> o.flowId().equals("orders")).findFirst()
                .orElseThrow();
        assertTrue(shown.own());
        assertTrue(await(client.audit(AuditFilter.ofAction("objectives"), null, 10)).items().stream()
                .anyMatch(entry -> "orders".equals(entry.flowId())));
        assertEquals(java.util.Set.of("objectives", "token-create"), await(client.audit(AuditFilter.ofAction(
                "objectives, token-create"), null, 10)).items().stream().map(entry -> entry.action())
                .collect(java.util.stream.Collectors.toSet()), "several actions at once");
        RuntimeClient viewing = new JdkRuntimeClient(runtime.apiUrl(), viewer);
        assertEquals(1, await(viewing.kpis("day", 1, "orders")).flows().size(), "a viewer reads the KPIs");
        assertInstanceOf(RuntimeClientException.Forbidden.class, failure(viewing.setObjectives("orders", strict)));
    }

    private String replay(long id) {
        return await(client.replay(id, new ReplayRequest(null, "kpi test", false))).outcome();
    }

    private static FlowKpis orders(List<FlowKpis> flows) {
        return flows.stream().filter(flow -> flow.flowId().equals("orders")).findFirst().orElseThrow();
    }

    private int send(String orderId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static <T> T await(CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static Throwable failure(CompletionStage<?> stage) {
        try {
            await(stage);
            throw new AssertionError("expected a refusal");
        } catch (CompletionException e) {
            return e.getCause();
        }
    }
}
