package io.switchboard.runtime.api;

import io.switchboard.runtime.config.LoopbackPorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.Bundles;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.RuntimeClientException;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageDetail;
import io.switchboard.runtimeclient.wire.ReplayRequest;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The management API through the client, against a real runtime on 127.0.0.1 with a stub target. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ManagementApiTest {

    @TempDir
    static Path data;

    private io.switchboard.runtime.StubTargetAccess target;
    private SwitchboardRuntime runtime;
    private int ingressPort;
    private RuntimeClient admin;
    private final Map<String, RuntimeClient> byRole = new java.util.HashMap<>();

    @BeforeAll
    void start() throws Exception {
        target = io.switchboard.runtime.StubTargetAccess.start();
        ingressPort = LoopbackPorts.free();
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(0).withMaxBodyBytes(256 * 1024));
        admin = new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
        for (String role : new String[] {"viewer", "operator", "designer"}) {
            String token = await(admin.createToken(new TokenRequest(role + "-token", role))).token();
            byRole.put(role, new JdkRuntimeClient(runtime.apiUrl(), token));
        }
        byRole.put("admin", admin);
        DeployBundle bundle = Bundles.orders(target.url("/invoices"));
        assertEquals(1, await(byRole.get("designer").deploy("orders",
                new DeployRequest(bundle.flowFile(), bundle.files()))).version());
    }

    @AfterAll
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        target.close();
    }

    @Test
    void theAdminTokenFileIsOwnerOnlyAndHoldsAWorkingToken() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime.adminTokenFile())));
        assertFalse(await(admin.flows()).isEmpty());
    }

    @Test
    void everyRoleAgainstEveryEndpoint() throws Exception {
        long failedId = storeAFailure("ORD-MATRIX");
        record Call(String name, Function<RuntimeClient, CompletionStage<?>> call, String least) {
        }
        java.util.List<Call> calls = java.util.List.of(
                new Call("flows", RuntimeClient::flows, "viewer"),
                new Call("health", RuntimeClient::health, "viewer"),
                new Call("versions", c -> c.versions("orders"), "viewer"),
                new Call("failed", c -> c.failed(null, null, 10), "viewer"),
                new Call("failed detail", c -> c.failedMessage(failedId), "viewer"),
                new Call("audit", c -> c.audit(null, null, 10), "operator"),
                new Call("start", c -> c.start("orders"), "operator"),
                new Call("dry-run replay", c -> c.replayMany(new BulkReplayRequest(null,
                        FailedFilter.ofFlow("orders"), true, 0, null)), "operator"),
                new Call("rollback", c -> c.rollback("orders", 1), "designer"),
                new Call("version bundle", c -> c.versionBundle("orders", 1), "designer"),
                new Call("token", c -> c.createToken(new TokenRequest("x-" + System.nanoTime(), "viewer")), "admin"));
        java.util.List<String> roles = java.util.List.of("viewer", "operator", "designer", "admin");
        for (Call call : calls) {
            for (String role : roles) {
                boolean allowed = roles.indexOf(role) >= roles.indexOf(call.least());
                try {
                    await(call.call().apply(byRole.get(role)));
                    assertTrue(allowed, call.name() + " must be refused to " + role);
                } catch (RuntimeClientException.Forbidden e) {
                    assertFalse(allowed, call.name() + " must be allowed to " + role + ": " + e.getMessage());
                }
            }
            RuntimeClient anonymous = new JdkRuntimeClient(runtime.apiUrl(), "sb_not-a-token");
            assertInstanceOf(RuntimeClientException.Unauthorized.class, failure(call.call().apply(anonymous)),
                    call.name());
        }
    }

    @Test
    void aVersionsBundleIsTheFilesItWasDeployedWith() throws Exception {
        DeployBundle deployed = Bundles.orders(target.url("/invoices"));
        DeployRequest first = await(byRole.get("designer").versionBundle("orders", 1));
        assertEquals(deployed.flowFile(), first.flowFile());
        assertEquals(deployed.files(), first.files());
        assertInstanceOf(RuntimeClientException.NotFound.class,
                failure(byRole.get("designer").versionBundle("orders", 999)));
    }

    @Test
    void viewersSeeMaskedPayloadsOperatorsSeeThemWholeAndTheViewIsAudited() throws Exception {
        long id = storeAFailure("ORD-MASK");

        FailedMessageDetail masked = await(byRole.get("viewer").failedMessage(id));
        FailedMessageDetail clear = await(byRole.get("operator").failedMessage(id));

        assertTrue(masked.masked());
        assertTrue(masked.payload().contains("\"email\":\"***\""), masked.payload());
        assertFalse(masked.payload().contains("Anna.Schmidt@Example.COM"));
        assertTrue(clear.payload().contains("Anna.Schmidt@Example.COM"));
        assertTrue(await(admin.audit(null, null, 50)).items().stream()
                .anyMatch(e -> e.action().equals("view-payload") && e.targetId().equals(String.valueOf(id))));
    }

    @Test
    void replayThroughTheApiDeliversOnceAndAnEditedPayloadNeedsAReason() throws Exception {
        long id = storeAFailure("ORD-API");
        RuntimeClient operator = byRole.get("operator");

        assertInstanceOf(RuntimeClientException.Invalid.class,
                failure(operator.replay(id, new ReplayRequest("{}", null, false))));
        assertEquals("DELIVERED", await(operator.replay(id, new ReplayRequest(null, "target back", false))).outcome());
        assertEquals("SKIPPED_DUPLICATE", await(operator.replay(id, new ReplayRequest(null, "again", false))).outcome());

        FailedMessageDetail detail = await(operator.failedMessage(id));
        assertEquals("REPLAYED", detail.message().status());
        assertEquals(2, detail.history().size());
        assertEquals("operator-token", detail.history().get(0).actor());
    }

    @Test
    void discardNeedsAReasonAndHappensOnce() throws Exception {
        long id = storeAFailure("ORD-DISCARD");
        RuntimeClient operator = byRole.get("operator");

        assertInstanceOf(RuntimeClientException.Invalid.class, failure(operator.discard(id, " ")));
        assertEquals("DISCARDED", await(operator.discard(id, "duplicate order, cancelled by customer")).status());
        assertInstanceOf(RuntimeClientException.Conflict.class, failure(operator.discard(id, "again")));
    }

    @Test
    void aDeployOfAFlowThatWouldRunExecIsRefusedNamingTheField() throws Exception {
        DeployBundle bundle = Bundles.orders("exec:/bin/sh");

        Throwable refused = failure(byRole.get("designer").deploy("orders",
                new DeployRequest(bundle.flowFile(), bundle.files())));

        assertInstanceOf(RuntimeClientException.Invalid.class, refused);
        assertTrue(refused.getMessage().contains("$.target.url: scheme 'exec' is not allowed"), refused.getMessage());
    }

    @Test
    void aDeployWritingOutsideTheDataRootIsRefusedNamingTheField() throws Exception {
        DeployBundle bundle = Bundles.orders(target.url("/invoices"));
        Map<String, String> files = new java.util.HashMap<>(bundle.files());
        files.put(bundle.flowFile(), files.get(bundle.flowFile()).replaceFirst(
                "\"target\"\\s*:\\s*\\{[^}]*}", "\"target\": {\"type\": \"directory\", \"path\": \"out/../../../etc\"}"));

        Throwable refused = failure(byRole.get("designer").deploy("orders", new DeployRequest(bundle.flowFile(), files)));

        assertInstanceOf(RuntimeClientException.Invalid.class, refused);
        assertTrue(refused.getMessage().contains("$.target.path: the path leaves the data root"), refused.getMessage());
    }

    @Test
    void theEventStreamTakesAtMostItsCapOfClientsAndOneTokenCannotTakeEverySlot() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        java.util.List<HttpResponse<java.util.stream.Stream<String>>> open = new java.util.ArrayList<>();
        try {
            String first = await(admin.createToken(new TokenRequest("stream-0", "viewer"))).token();
            int perToken = openStreams(http, first, ManagementApi.MAX_EVENT_CLIENTS_PER_TOKEN + 1, open);
            assertEquals(429, perToken, "one token past its share of the stream");
            int status = 200;
            for (int t = 1; status == 200 && t < 10; t++) {
                String token = await(admin.createToken(new TokenRequest("stream-" + t, "viewer"))).token();
                status = openStreams(http, token, ManagementApi.MAX_EVENT_CLIENTS_PER_TOKEN, open);
            }
            assertEquals(503, status, "after " + runtime.api().eventClients() + " clients");
            assertTrue(runtime.api().eventClients() <= ManagementApi.MAX_EVENT_CLIENTS);
        } finally {
            open.forEach(response -> response.body().close());
        }
    }

    /** Opens up to {@code count} streams with a token; answers the last status (200 when all opened). */
    private int openStreams(HttpClient http, String token, int count,
                            java.util.List<HttpResponse<java.util.stream.Stream<String>>> open) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpResponse<java.util.stream.Stream<String>> response = http.send(HttpRequest.newBuilder(
                            URI.create(runtime.apiUrl() + "/api/v1/events"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofLines());
            open.add(response);
            if (response.statusCode() != 200) {
                return response.statusCode();
            }
            // The stream registers its client when its first line is out.
            response.body().iterator().next();
        }
        return 200;
    }

    @Test
    void aClientThatDoesNotReadIsCutOffRatherThanSlowingTheRuntime() throws Exception {
        String token = Files.readString(runtime.adminTokenFile()).trim();
        int port = URI.create(runtime.apiUrl()).getPort();
        int before = runtime.api().eventClients();
        try (Socket stalled = new Socket("127.0.0.1", port)) {
            stalled.setReceiveBufferSize(4096);
            stalled.getOutputStream().write(("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (runtime.api().eventClients() <= before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(runtime.api().eventClients() > before, "the stalled client never connected");
            String pad = "x".repeat(4_000);
            for (int i = 0; i < 20_000 && runtime.api().eventClients() > before; i++) {
                runtime.events().publish(io.switchboard.runtime.engine.RuntimeEvent.of(
                        io.switchboard.runtime.engine.RuntimeEvent.Type.STATE, "load", Map.of("pad", pad)));
                if (i % 500 == 0) {
                    Thread.sleep(5);
                }
            }
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (runtime.api().eventClients() > before && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(before, runtime.api().eventClients(), "the client that never reads is still attached");
            assertFalse(await(admin.flows()).isEmpty(), "and the API still answers");
        }
    }

    @Test
    void aBundleFileOutsideTheBundleIsRefused() {
        Throwable refused = failure(byRole.get("designer").deploy("orders", new DeployRequest("flows/x.flow.json",
                Map.of("flows/x.flow.json", "{\"id\": \"orders\"}", "../../escape.txt", "x"))));

        assertInstanceOf(RuntimeClientException.Invalid.class, refused);
        assertTrue(refused.getMessage().contains("must stay inside the bundle"), refused.getMessage());
    }

    @Test
    void foreignHostAndBrowserOriginAreRefused() throws Exception {
        String token = Files.readString(runtime.adminTokenFile()).trim();
        int port = URI.create(runtime.apiUrl()).getPort();

        assertTrue(rawGet(port, "evil.example:" + port, token, null).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet(port, "127.0.0.1:" + port, token, "http://evil.example").startsWith("HTTP/1.1 403"));
        assertTrue(rawGet(port, "127.0.0.1:" + port, token, null).startsWith("HTTP/1.1 200"));
    }

    @Test
    void anOversizeBodyGets413AndNoStackTrace() throws Exception {
        String token = Files.readString(runtime.adminTokenFile()).trim();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(runtime.apiUrl() + "/api/v1/flows/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(300 * 1024) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("\"id\""), response.body());
        assertFalse(response.body().contains("at io."), response.body());
    }

    @Test
    void theEventStreamReportsFailuresAndResumesAfterAReconnect() throws Exception {
        LinkedBlockingQueue<RuntimeEventMessage> events = new LinkedBlockingQueue<>();
        EventSubscription subscription = byRole.get("viewer").events(event -> {
            if (!event.type().equals("HEALTH")) {
                events.add(event);
            }
        }, state -> { });
        try {
            awaitState(subscription);
            long first = storeAFailure("ORD-EVENT-1");
            RuntimeEventMessage failure = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(failure, "no failure event");
            assertEquals("FAILURE", failure.type());
            assertEquals(first, ((Number) failure.data().get("failedId")).longValue());
            subscription.close();

            long second = storeAFailure("ORD-EVENT-2");
            EventSubscription resumed = resumeFrom(subscription.lastEventId(), events);
            try {
                RuntimeEventMessage missed = events.poll(10, TimeUnit.SECONDS);
                assertNotNull(missed, "the event sent while disconnected was not replayed");
                assertEquals(second, ((Number) missed.data().get("failedId")).longValue());
            } finally {
                resumed.close();
            }
        } finally {
            subscription.close();
        }
    }

    private EventSubscription resumeFrom(long lastEventId, LinkedBlockingQueue<RuntimeEventMessage> events)
            throws Exception {
        // A fresh subscription that starts where the old one stopped, as a reconnect does.
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        String token = Files.readString(runtime.adminTokenFile()).trim();
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(runtime.apiUrl() + "/api/v1/events"))
                                .header("Authorization", "Bearer " + token)
                                .header("Last-Event-ID", String.valueOf(lastEventId)).build(),
                        HttpResponse.BodyHandlers.ofLines());
                response.body().filter(line -> line.startsWith("data:")).forEach(line -> {
                    try {
                        RuntimeEventMessage event = io.switchboard.runtimeclient.wire.Json.MAPPER.readValue(
                                line.substring(5).trim(), RuntimeEventMessage.class);
                        if (!event.type().equals("HEALTH")) {
                            events.add(event);
                        }
                    } catch (java.io.IOException e) {
                        lines.add(e.toString());
                    }
                });
            } catch (Exception e) {
                lines.add(e.toString());
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new EventSubscription() {
            @Override
            public State state() {
                return State.CONNECTED;
            }

            @Override
            public long lastEventId() {
                return lastEventId;
            }

            @Override
            public void close() {
                reader.interrupt();
            }
        };
    }

    private static void awaitState(EventSubscription subscription) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (subscription.state() != EventSubscription.State.CONNECTED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(EventSubscription.State.CONNECTED, subscription.state());
    }

    private long storeAFailure(String orderId) throws Exception {
        target.answerWith(503, 503, 503);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return io.switchboard.runtimeclient.wire.Json.MAPPER.readTree(response.body()).get("failedId").asLong();
    }

    private static String rawGet(int port, String host, String token, String origin) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/health HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Throwable failure(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
