package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow that deduplicates every message: a re-posted order is answered as a duplicate and delivered once, also
 * when the copies arrive at the same time and after a restart; a flow that deduplicates replays only delivers
 * each post, as before.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IdempotentReceiverTest {

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRepostedOrderIsAnsweredAsADuplicateAndDeliveredOnce() throws Exception {
        // The target takes its port first: a port picked as free and then taken by it would not be free.
        try (StubTarget target = new StubTarget()) {
            int ingressPort = LoopbackPorts.free();
            try (SwitchboardRuntime runtime = start(ingressPort)) {
                runtime.host().deploy(Bundles.ordersReceivedOnce(target.url("/invoices")), "test");
                HttpResponse<String> first = post(ingressPort, "ORD-ONCE");
                HttpResponse<String> again = post(ingressPort, "ORD-ONCE");
                assertEquals(200, first.statusCode(), first.body());
                assertEquals(200, again.statusCode(), again.body());
                assertTrue(again.body().contains("\"duplicate\":true"), again.body());
                assertEquals(1, deliveries(target, "ORD-ONCE"));

                ExecutorService senders = Executors.newFixedThreadPool(8);
                List<Future<HttpResponse<String>>> copies = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    copies.add(senders.submit(() -> post(ingressPort, "ORD-RACE")));
                }
                for (Future<HttpResponse<String>> copy : copies) {
                    int status = copy.get(30, TimeUnit.SECONDS).statusCode();
                    assertTrue(status == 200 || status == 409,
                            "answered as delivered, duplicate or in flight: " + status);
                }
                senders.shutdown();
                assertEquals(1, deliveries(target, "ORD-RACE"), "eight copies at once, one delivery");
            }
            try (SwitchboardRuntime restarted = start(ingressPort)) {
                HttpResponse<String> afterRestart = post(ingressPort, "ORD-ONCE");
                assertEquals(200, afterRestart.statusCode());
                assertTrue(afterRestart.body().contains("\"duplicate\":true"), afterRestart.body());
                assertEquals(1, deliveries(target, "ORD-ONCE"), "remembered across a restart");
                assertTrue(afterRestart.headers().firstValue("Server").isEmpty(), "no header of ours or the target's");
            }
        }
    }

    @Test
    void aFlowThatDeduplicatesReplaysOnlyDeliversEachPost() throws Exception {
        try (StubTarget target = new StubTarget()) {
            int ingressPort = LoopbackPorts.free();
            try (SwitchboardRuntime runtime = start(ingressPort)) {
                runtime.host().deploy(Bundles.orders(target.url("/invoices")), "test");
                assertEquals(200, post(ingressPort, "ORD-TWICE").statusCode());
                assertEquals(200, post(ingressPort, "ORD-TWICE").statusCode());
                assertEquals(2, deliveries(target, "ORD-TWICE"));
            }
        }
    }

    private SwitchboardRuntime start(int ingressPort) throws Exception {
        return SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0));
    }

    private HttpResponse<String> post(int port, String orderId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long deliveries(StubTarget target, String orderId) {
        return target.receivedSoFar().stream()
                .filter(received -> new String(received.body(), StandardCharsets.UTF_8).contains(orderId)).count();
    }
}
