package io.switchboard.runtime;

import io.switchboard.runtime.config.LoopbackPorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.engine.DeployBundle;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.FailedMessagePage;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The delivery promise under a crash: 10,000 messages with unique ids, the runtime process killed with SIGKILL at
 * a random point, restarted on the same data folder, the unacknowledged ids sent again (as an at-least-once
 * sender does). Every acknowledged id must then be delivered or in the failed-message store; duplicates are
 * counted and reported. Runs in the {@code crash} profile: {@code mvn -Pcrash -pl runtime -am verify}.
 */
@Tag("crash")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CrashRecoveryTest {

    private static final int MESSAGES = 10_000;
    private static final Pattern ORDER_REF = Pattern.compile("\"orderRef\":\"([^\"]+)\"");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 42, 2026})
    void everyAcknowledgedMessageIsDeliveredOrStoredAfterAKill(long seed, @TempDir Path data) throws Exception {
        Random random = new Random(seed);
        int killAfter = 1_000 + random.nextInt(MESSAGES - 2_000);
        try (StubTarget target = new StubTarget()) {
            target.rejectBodiesContaining("-POISON");
            int ingress = LoopbackPorts.free();
            int api = LoopbackPorts.free();
            Process runtime = startRuntime(data, ingress, api);
            deploy(data, api, target);

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                ids.add("ORD-" + seed + "-" + i + (i % 97 == 0 ? "-POISON" : ""));
            }
            AtomicInteger sent = new AtomicInteger();
            Thread killer = new Thread(() -> {
                while (sent.get() < killAfter) {
                    Thread.onSpinWait();
                }
                runtime.destroyForcibly();
            });
            killer.start();
            send(ingress, ids, acknowledged, sent);
            killer.join();
            runtime.waitFor(30, TimeUnit.SECONDS);
            int acknowledgedBeforeKill = acknowledged.size();

            Process restarted = startRuntime(data, ingress, api);
            try {
                List<String> unacknowledged = ids.stream().filter(id -> !acknowledged.contains(id)).toList();
                send(ingress, unacknowledged, acknowledged, new AtomicInteger());

                Map<String, Integer> deliveries = deliveries(target);
                Set<String> stored = storedKeys(data, api);
                List<String> lost = acknowledged.stream()
                        .filter(id -> !deliveries.containsKey(id) && !stored.contains(id)).toList();
                long duplicates = deliveries.values().stream().filter(n -> n > 1).count();
                System.out.printf("crash seed %d: killed after %d sent; %d acknowledged before the kill, %d after "
                                + "the restart; delivered %d distinct ids, %d stored as failed, %d delivered more "
                                + "than once, %d lost%n", seed, killAfter, acknowledgedBeforeKill, acknowledged.size(),
                        deliveries.size(), stored.size(), duplicates, lost.size());
                assertTrue(lost.isEmpty(), "acknowledged but neither delivered nor stored: " + lost);
                assertEquals(MESSAGES, acknowledged.size(), "every message was acknowledged in the end");
            } finally {
                restarted.destroy();
                restarted.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void send(int port, List<String> ids, Set<String> acknowledged, AtomicInteger sent)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        for (String id : ids) {
            senders.submit(() -> {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/orders"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(id))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 || response.statusCode() == 202) {
                        acknowledged.add(id);
                    }
                } catch (Exception e) {
                    // Not acknowledged: the sender will send it again.
                } finally {
                    sent.incrementAndGet();
                }
            });
        }
        senders.shutdown();
        assertTrue(senders.awaitTermination(5, TimeUnit.MINUTES));
    }

    private static Map<String, Integer> deliveries(StubTarget target) {
        Map<String, Integer> counts = new HashMap<>();
        for (StubTarget.Received received : target.receivedSoFar()) {
            Matcher matcher = ORDER_REF.matcher(new String(received.body(), StandardCharsets.UTF_8));
            if (matcher.find()) {
                counts.merge(matcher.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Set<String> storedKeys(Path data, int api) throws Exception {
        var client = new JdkRuntimeClient("http://127.0.0.1:" + api, Files.readString(data.resolve("admin.token")).trim());
        Set<String> keys = new HashSet<>();
        Long cursor = null;
        do {
            FailedMessagePage page = client.failed(null, cursor, 500).toCompletableFuture().get(30, TimeUnit.SECONDS);
            page.items().stream().map(FailedMessageSummary::idempotencyKey).forEach(keys::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return keys;
    }

    private static void deploy(Path data, int api, StubTarget target) throws Exception {
        var client = new JdkRuntimeClient("http://127.0.0.1:" + api, Files.readString(data.resolve("admin.token")).trim());
        DeployBundle bundle = Bundles.orders(target.url("/invoices"));
        client.deploy("orders", new DeployRequest(bundle.flowFile(), bundle.files()))
                .toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static Process startRuntime(Path data, int ingress, int api) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RuntimeMain.class.getName(), "--data", data.toString(), "--ingress-port", String.valueOf(ingress),
                "--api-port", String.valueOf(api))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("runtime-" + System.nanoTime() + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (Files.exists(data.resolve(RuntimeMain.URL_FILE))) {
                    return process;
                }
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the runtime did not start; see " + data + File.separator + "runtime-*.log");
    }

}
