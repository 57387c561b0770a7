package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.InstanceRegistry;
import io.switchboard.runtime.store.PostgresServer;
import io.switchboard.runtime.store.StoreLocation;
import io.switchboard.runtimeclient.EnvironmentClient;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.Health;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runtimes on one PostgreSQL store, as two replicas behind a load balancer: each says which it is, the admin
 * token one made works on the other, a failed message stored by one is listed and read through the other, a flow
 * deployed through one is served by both, and the second to start leaves the first's unfinished work alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SharedStoreRuntimesTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoRuntimesServeOneStore() throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (StubTarget target = new StubTarget()) {
            StoreLocation.Shared store = server.newDatabase("replicas");
            target.rejectBodiesContaining("ORD-BAD");
            int ingress = LoopbackPorts.free();
            SwitchboardRuntime one = SwitchboardRuntime.start(RuntimeConfiguration.defaults(first)
                    .withIngressPort(ingress).withApiPort(0).withSharedStore(store));
            SwitchboardRuntime other = null;
            try {
                int otherIngress = LoopbackPorts.free();
                other = SwitchboardRuntime.start(RuntimeConfiguration.defaults(second)
                        .withIngressPort(otherIngress).withApiPort(0).withSharedStore(store));
                String admin = Files.readString(one.adminTokenFile()).trim();
                assertFalse(Files.exists(other.adminTokenFile()), "the second keeps the first's admin token");
                RuntimeClient viaOne = new JdkRuntimeClient(one.apiUrl(), admin);
                RuntimeClient viaOther = new JdkRuntimeClient(other.apiUrl(), admin);

                for (String probe : List.of("/livez", "/readyz")) {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(other.apiUrl() + probe))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, answer.statusCode(), probe + " answers without a token: " + answer.body());
                }
                Health health = await(viaOther.health());
                assertEquals("postgresql", health.store());
                assertEquals(other.instance(), health.instance());
                assertNotEquals(one.instance(), other.instance());
                assertEquals(List.of(one.instance()), new InstanceRegistry(other.database(), Clock.systemUTC())
                        .othersAlive(other.instance()));

                assertEquals(1, one.host().deploy(Bundles.orders(target.url("/invoices")), "test"));
                assertEquals(202, send(ingress, "ORD-BAD"));
                List<FailedMessageSummary> failed = Eventually.found(() -> await(viaOther.failed(
                        FailedFilter.ofFlow("orders"), null, 10)).items());
                assertEquals(1, failed.size());
                assertEquals(failed.get(0).id(), await(viaOne.failed(FailedFilter.ofFlow("orders"), null, 10))
                        .items().get(0).id());
                assertTrue(await(viaOther.failedMessage(failed.get(0).id())).payload().contains("ORD-BAD"));

                // The deploy made through the first runtime reaches the second, which then serves the flow too.
                SwitchboardRuntime follower = other;
                Eventually.until(() -> follower.registry().active("orders").isPresent()
                        && follower.host().isRunning("orders"));
                assertEquals(202, send(otherIngress, "ORD-BAD-2"));
                Eventually.until(() -> await(viaOne.failed(FailedFilter.ofFlow("orders"), null, 10)).items().size()
                        == 2);

                // Seen as one environment: health together with each runtime's own, one event stream, and the
                // store's answers from whichever runtime answers.
                try (RuntimeClient environment = EnvironmentClient.connect(one.apiUrl() + ", " + other.apiUrl(),
                        admin)) {
                    List<Health> seen = Eventually.found(() -> {
                        Health merged = await(environment.health());
                        return merged.flows().stream().anyMatch(flow -> flow.in() >= 2) ? List.of(merged) : List.of();
                    });
                    assertEquals(2, seen.get(0).instances().size());
                    assertEquals(one.instance() + ", " + other.instance(), seen.get(0).instance());
                    java.util.concurrent.BlockingQueue<Health> healths = new java.util.concurrent.LinkedBlockingQueue<>();
                    try (var stream = environment.events(event -> {
                        if ("HEALTH".equals(event.type())) {
                            healths.add(io.switchboard.runtimeclient.wire.Json.MAPPER.convertValue(
                                    event.data().get("health"), Health.class));
                        }
                    }, state -> { })) {
                        Eventually.until(() -> {
                            try {
                                Health next = healths.poll(5, TimeUnit.SECONDS);
                                return next != null && next.instances() != null && next.instances().size() == 2;
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                    one.close();
                    one = null;
                    assertEquals(2, await(environment.failed(FailedFilter.ofFlow("orders"), null, 10)).items().size(),
                            "the first runtime gone, the second answers for the store");
                }
            } finally {
                if (other != null) {
                    other.close();
                }
                if (one != null) {
                    one.close();
                }
            }
        }
    }

    private int send(int port, String orderId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Bundles.order(orderId))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static <T> T await(CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }
}
