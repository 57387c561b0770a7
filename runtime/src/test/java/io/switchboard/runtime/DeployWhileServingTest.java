package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A new version deployed while orders arrive: none is refused or lost, and the new version takes over. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeployWhileServingTest {

    @TempDir
    Path data;

    @Test
    void ordersSentDuringTwoDeploysAndARollbackAreAllDelivered() throws Exception {
        // The target takes its port first: a port picked as free and then taken by it would not be free.
        try (StubTarget target = new StubTarget()) {
            int ingressPort = LoopbackPorts.free();
            try (SwitchboardRuntime runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data)
                     .withIngressPort(ingressPort).withApiPort(0))) {
                assertEquals(1, runtime.host().deploy(Bundles.orders(target.url("/v1")), "test"));
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                AtomicBoolean sending = new AtomicBoolean(true);
                AtomicInteger sent = new AtomicInteger();
                Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                ExecutorService senders = Executors.newFixedThreadPool(8);
                List<Future<Object>> running = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    running.add(senders.submit(() -> {
                        while (sending.get()) {
                            int status = http.send(HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            Bundles.order("ORD-S" + sent.incrementAndGet())))
                                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                            statuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
                        }
                        return null;
                    }));
                }
                untilDelivered(target, 50);
                assertEquals(2, runtime.host().deploy(Bundles.orders(target.url("/v2")), "test"));
                untilDelivered(target, target.count() + 50);
                assertEquals(3, runtime.host().deploy(Bundles.orders(target.url("/v3")), "test"));
                untilDelivered(target, target.count() + 50);
                runtime.host().rollback("orders", 2);
                untilDelivered(target, target.count() + 50);
                sending.set(false);
                for (Future<Object> sender : running) {
                    sender.get(30, TimeUnit.SECONDS);
                }
                senders.shutdown();

                assertEquals(Map.of(200, sent.get()), statuses.entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get())), "every order answered 200");
                assertEquals(sent.get(), target.count(), "every order delivered");
                Map<String, Long> byPath = target.receivedSoFar().stream().collect(Collectors.groupingBy(
                        StubTarget.Received::path, Collectors.counting()));
                assertTrue(byPath.keySet().containsAll(List.of("/v1", "/v2", "/v3")), byPath.toString());
                List<StubTarget.Received> all = target.receivedSoFar();
                assertEquals("/v2", all.get(all.size() - 1).path(), "after the rollback, version 2 serves");
            }
        }
    }

    private static void untilDelivered(StubTarget target, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (target.count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " delivered within 60 s: " + target.count());
            }
            Thread.sleep(20);
        }
    }
}
