package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.ListenerLimits;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slow or dead target starves nothing: the management API answers while every flow thread waits on a target,
 * senders are answered within the flow's timeout, a dead target's breaker opens, a read timeout is retried only
 * when the policy says so, and idle or silent connections are closed while the API stays reachable.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuntimeIsolationTest {

    @TempDir
    Path data;

    private SwitchboardRuntime runtime;
    private int ingressPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private void start(RuntimeConfiguration configuration) throws Exception {
        runtime = SwitchboardRuntime.start(configuration);
    }

    private RuntimeConfiguration configuration() {
        ingressPort = LoopbackPorts.free();
        return RuntimeConfiguration.defaults(data).withIngressPort(ingressPort).withApiPort(0);
    }

    @Test
    void theApiAnswersWithinAHundredMillisecondsWhileEveryFlowThreadWaitsOnASlowTarget() throws Exception {
        try (SlowTarget target = new SlowTarget(20_000)) {
            start(configuration());
            runtime.host().deploy(Bundles.orders(target.url("/invoices"), policy -> policy
                    .put("timeoutMs", 10_000).put("maxConcurrency", 200)), "test");
            int orders = SwitchboardRuntime.FLOW_WORKERS + 16;
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                answers.add(postAsync(Bundles.order("ORD-SLOW-" + i)));
            }
            awaitTrue(() -> target.inFlight() >= SwitchboardRuntime.FLOW_WORKERS, "every flow thread at the target");

            String token = Files.readString(runtime.adminTokenFile()).trim();
            long[] millis = new long[10];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                URI.create(runtime.apiUrl() + "/api/v1/health"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(200, health.statusCode());
            }
            Arrays.sort(millis);
            System.out.printf("health while %d messages wait on a slow target: median %d ms, max %d ms%n",
                    target.inFlight(), millis[millis.length / 2], millis[millis.length - 1]);
            assertTrue(millis[millis.length / 2] < 100, "median " + millis[millis.length / 2] + " ms");
            assertTrue(millis[millis.length - 1] < 1_000, "slowest " + millis[millis.length - 1] + " ms");
            target.release();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS).statusCode());
            }
        }
    }

    @Test
    void aTargetThatDoesNotAnswerInTimeIsNotRetriedAndItsSenderHearsWithinTheTimeout() throws Exception {
        try (SlowTarget target = new SlowTarget(5_000)) {
            start(configuration());
            runtime.host().deploy(Bundles.orders(target.url("/invoices"), policy -> policy.put("timeoutMs", 500)
                    .put("maxAttempts", 3)), "test");

            long start = System.nanoTime();
            HttpResponse<String> answer = postAsync(Bundles.order("ORD-LATE")).get(30, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals(202, answer.statusCode(), answer.body());
            assertTrue(millis < 3_000, "answered after " + millis + " ms");
            assertEquals(1, target.receivedOf("ORD-LATE"), "a slow but successful target received it once");
            FailedMessage stored = runtime.failedMessages().list(FailedMessageQuery.all()).get(0);
            assertTrue(stored.errorType().contains("SocketTimeoutException"), stored.errorType());
        }
    }

    @Test
    void aReadTimeoutIsRetriedWhenThePolicyNamesIt() throws Exception {
        try (SlowTarget target = new SlowTarget(3_000)) {
            start(configuration());
            runtime.host().deploy(Bundles.orders(target.url("/invoices"), policy -> {
                policy.put("timeoutMs", 300).put("maxAttempts", 3);
                policy.putArray("retryOn").add("timeout");
            }), "test");

            assertEquals(202, postAsync(Bundles.order("ORD-RETRIED")).get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(3, target.receivedOf("ORD-RETRIED"));
        }
    }

    @Test
    void aDeadTargetOpensItsBreakerAndSendersAreAnsweredStoredAtOnce() throws Exception {
        int dead;
        try (ServerSocket closed = new ServerSocket(0)) {
            dead = closed.getLocalPort();
        }
        start(configuration());
        runtime.host().deploy(Bundles.orders("http://127.0.0.1:" + dead + "/invoices", policy -> {
            policy.put("maxAttempts", 1);
            policy.putObject("circuitBreaker").put("minimumCalls", 4).put("openSeconds", 60);
        }), "test");

        for (int i = 0; i < 4; i++) {
            assertEquals(202, postAsync(Bundles.order("ORD-DEAD-" + i)).get(30, TimeUnit.SECONDS).statusCode());
        }
        HttpResponse<String> fast = postAsync(Bundles.order("ORD-FAST")).get(30, TimeUnit.SECONDS);

        assertEquals(202, fast.statusCode(), fast.body());
        FailedMessage newest = runtime.failedMessages().list(FailedMessageQuery.all()).get(0);
        assertEquals("ORD-FAST", newest.idempotencyKey());
        assertTrue(newest.errorType().endsWith("TargetUnavailableException"), newest.errorType());
        assertTrue(newest.errorMessage().contains("circuit breaker"), newest.errorMessage());
    }

    @Test
    void idleAndSilentConnectionsAreClosedAndTheApiStaysReachable() throws Exception {
        start(configuration().withIngressLimits(new ListenerLimits(20, 60, 1)));
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", ingressPort);
                socket.setSoTimeout(100);
                sockets.add(socket);
            }
            String token = Files.readString(runtime.adminTokenFile()).trim();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(runtime.apiUrl()
                            + "/api/v1/health")).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            // Past the limit they are closed at once; the others once they have sent no request for a second.
            awaitTrue(() -> sockets.stream().allMatch(RuntimeIsolationTest::closedByServer), "all closed");
            HttpResponse<String> after = postAsync(Bundles.order("ORD-AFTER")).get(30, TimeUnit.SECONDS);
            assertEquals(404, after.statusCode(), "the ingress still serves (no flow is deployed)");
            assertTrue(after.headers().firstValue("Content-Type").orElse("").contains("json"), after.body());
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(20);
        }
    }
}
