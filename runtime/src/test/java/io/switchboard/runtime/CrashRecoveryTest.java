package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.FailedFilter;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The delivery promise under the crashes operators meet. One data folder lives through the whole run: a store of
 * tens of thousands of rows, more than half of what is sent stored as failed (the target rejects it), and the
 * runtime process killed with SIGKILL again and again, never stopped cleanly in between: in the middle of a burst of
 * messages (group commits in flight), in the middle of a bulk replay, and while it is starting up. Senders send
 * again what was not acknowledged, as at-least-once senders do.
 *
 * <p>At the end every acknowledged message must be delivered to the target or be in the store under the id its
 * sender was given (ids are never handed out twice), and no message the target never received is marked
 * delivered. Duplicates (a message the target received twice) are allowed after a crash: counted and printed.
 * Runs in the {@code crash} profile: {@code mvn -Pcrash -pl runtime -am verify}; {@code -Dcrash.seeds=1,2,...}
 * runs other seeds.
 */
@Tag("crash")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CrashRecoveryTest {

    private static final int CYCLES = 6;
    private static final int PER_CYCLE = 4_000;
    private static final Pattern ORDER_REF = Pattern.compile("\"orderRef\":\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a sender was told about one message. */
    private record Ack(int status, long failedId) {
    }

    static Stream<Long> seeds() {
        return Arrays.stream(System.getProperty("crash.seeds", "7,42,2026").split(",")).map(String::trim)
                .map(Long::parseLong);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyAcknowledgedMessageIsDeliveredOrStoredThroughRepeatedKills(long seed, @TempDir Path folder)
            throws Exception {
        Path data = folder.resolve("data");
        Random random = new Random(seed);
        Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
        List<String> ids = new ArrayList<>();
        try (StubTarget target = new StubTarget()) {
            target.rejectBodiesContaining("-POISON");
            int ingress = LoopbackPorts.free();
            int api = LoopbackPorts.free();
            Process runtime = startRuntime(data, ingress, api);
            deploy(data, api, target);
            List<String> kills = new ArrayList<>();
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                List<String> batch = new ArrayList<>();
                for (int i = 0; i < PER_CYCLE; i++) {
                    // Six in ten are rejected by the target and stored.
                    batch.add("ORD-" + seed + "-" + cycle + "-" + i + (random.nextInt(10) < 6 ? "-POISON" : ""));
                }
                ids.addAll(batch);
                int mode = cycle == 0 ? 0 : random.nextInt(3);
                if (mode == 0) {
                    kills.add("during sends");
                    killWhileSending(runtime, ingress, batch, acknowledged, 200 + random.nextInt(PER_CYCLE - 400));
                } else if (mode == 1) {
                    kills.add("during a bulk replay");
                    send(ingress, batch, acknowledged, new AtomicInteger());
                    killDuringBulkReplay(runtime, data, api, target, 50 + random.nextInt(1_500));
                } else {
                    kills.add("while starting");
                    send(ingress, batch, acknowledged, new AtomicInteger());
                    runtime.destroyForcibly();
                    runtime.waitFor(30, TimeUnit.SECONDS);
                    Process starting = launch(data, ingress, api);
                    Thread.sleep(300 + random.nextInt(2_500));
                    starting.destroyForcibly();
                    starting.waitFor(30, TimeUnit.SECONDS);
                    runtime = starting;
                }
                runtime.waitFor(30, TimeUnit.SECONDS);
                runtime = startRuntime(data, ingress, api);
            }
            try {
                // At-least-once senders: what was never acknowledged is sent again until it is.
                for (int round = 0; round < 3 && acknowledged.size() < ids.size(); round++) {
                    send(ingress, ids.stream().filter(id -> !acknowledged.containsKey(id)).toList(), acknowledged,
                            new AtomicInteger());
                }
                Map<String, Integer> deliveries = deliveries(target);
                Map<Long, FailedMessageSummary> stored = stored(data, api);
                Map<String, FailedMessageSummary> storedByKey = new HashMap<>();
                stored.values().forEach(message -> storedByKey.put(message.idempotencyKey(), message));

                List<String> lost = new ArrayList<>();
                List<String> idsReused = new ArrayList<>();
                List<String> markedDeliveredNeverReceived = new ArrayList<>();
                acknowledged.forEach((orderId, ack) -> {
                    if (ack.status() == 202) {
                        FailedMessageSummary message = stored.get(ack.failedId());
                        if (message == null) {
                            lost.add(orderId + " (id " + ack.failedId() + ")");
                        } else if (!orderId.equals(message.idempotencyKey())) {
                            idsReused.add(ack.failedId() + ": " + orderId + " / " + message.idempotencyKey());
                        }
                    } else if (!deliveries.containsKey(orderId)) {
                        lost.add(orderId + " (answered 200)");
                    }
                });
                storedByKey.values().stream()
                        .filter(message -> message.status().equals("REPLAYED"))
                        .filter(message -> !deliveries.containsKey(message.idempotencyKey()))
                        .forEach(message -> markedDeliveredNeverReceived.add(message.id() + " "
                                + message.idempotencyKey()));
                long storedAcknowledged = acknowledged.values().stream().filter(ack -> ack.status() == 202).count();
                long duplicates = deliveries.values().stream().filter(n -> n > 1).count();
                System.out.printf("crash seed %d: %d kills (%s); %d sent, %d acknowledged, %d delivered, %d stored "
                                + "(%d rows in the store), %d lost, %d delivered more than once, %d ids reused, "
                                + "%d marked replayed but never received%n", seed, kills.size(), String.join(", ", kills),
                        ids.size(), acknowledged.size(), deliveries.size(), storedAcknowledged, stored.size(),
                        lost.size(), duplicates, idsReused.size(), markedDeliveredNeverReceived.size());
                assertEquals(List.of(), lost, "acknowledged but neither delivered nor stored");
                assertEquals(List.of(), idsReused, "a stored id answered to one sender holds another message");
                assertEquals(List.of(), markedDeliveredNeverReceived, "marked replayed, never received");
                assertEquals(ids.size(), acknowledged.size(), "every message was acknowledged in the end");
            } finally {
                runtime.destroyForcibly();
                runtime.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void killWhileSending(Process runtime, int ingress, List<String> batch, Map<String, Ack> acknowledged,
                                         int killAfter) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        Thread killer = new Thread(() -> {
            while (sent.get() < killAfter) {
                Thread.onSpinWait();
            }
            runtime.destroyForcibly();
        });
        killer.start();
        send(ingress, batch, acknowledged, sent);
        killer.join();
    }

    /** Lets the target take everything, starts replaying every waiting message, and kills the runtime meanwhile. */
    private static void killDuringBulkReplay(Process runtime, Path data, int api, StubTarget target, int afterMillis)
            throws Exception {
        target.rejectBodiesContaining(null);
        try (var client = client(data, api)) {
            client.replayMany(new BulkReplayRequest(null, new FailedFilter("orders", null, null, null, null, "failed", null),
                    false, 0, "crash test"));
            Thread.sleep(afterMillis);
            runtime.destroyForcibly();
        } finally {
            runtime.waitFor(30, TimeUnit.SECONDS);
            target.rejectBodiesContaining("-POISON");
        }
    }

    private static void send(int port, List<String> ids, Map<String, Ack> acknowledged, AtomicInteger sent)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        for (String id : ids) {
            senders.submit(() -> {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/orders"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(id))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        acknowledged.put(id, new Ack(200, -1));
                    } else if (response.statusCode() == 202) {
                        JsonNode body = JSON.readTree(response.body());
                        acknowledged.put(id, new Ack(202, body.path("failedId").asLong(-1)));
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

    private static Map<Long, FailedMessageSummary> stored(Path data, int api) throws Exception {
        Map<Long, FailedMessageSummary> stored = new HashMap<>();
        try (var client = client(data, api)) {
            Long cursor = null;
            do {
                FailedMessagePage page = client.failed(null, cursor, 500).toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
                page.items().forEach(message -> stored.put(message.id(), message));
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return stored;
    }

    private static JdkRuntimeClient client(Path data, int api) throws Exception {
        return new JdkRuntimeClient("http://127.0.0.1:" + api, Files.readString(data.resolve("admin.token")).trim());
    }

    private static void deploy(Path data, int api, StubTarget target) throws Exception {
        DeployBundle bundle = Bundles.orders(target.url("/invoices"));
        try (var client = client(data, api)) {
            client.deploy("orders", new DeployRequest(bundle.flowFile(), bundle.files()))
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
    }

    /** Every runtime process a test started, so none outlives it whatever failed. */
    private static final java.util.Queue<Process> LAUNCHED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @org.junit.jupiter.api.AfterEach
    void killWhatIsLeft() throws InterruptedException {
        for (Process process = LAUNCHED.poll(); process != null; process = LAUNCHED.poll()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process launch(Path data, int ingress, int api) throws Exception {
        Files.deleteIfExists(data.resolve(RuntimeMain.URL_FILE));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RuntimeMain.class.getName(), "--data", data.toString(), "--ingress-port", String.valueOf(ingress),
                "--api-port", String.valueOf(api))
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling("runtime-" + System.nanoTime() + ".log").toFile())
                .start();
        LAUNCHED.add(process);
        return process;
    }

    private static Process startRuntime(Path data, int ingress, int api) throws Exception {
        Process process = launch(data, ingress, api);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline && process.isAlive()) {
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
        throw new IllegalStateException("the runtime did not start; see " + data.getParent() + File.separator
                + "runtime-*.log");
    }
}
