package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An incident handled from a terminal, against a real runtime on 127.0.0.1 whose target breaks and comes back. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OperatorCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final AtomicBoolean broken = new AtomicBoolean(true);
    private final AtomicInteger delivered = new AtomicInteger();
    private final CliRun cli = new CliRun();
    private HttpServer target;
    private SwitchboardRuntime runtime;
    private int ingressPort;
    private Path adminToken;
    private Path tokenFile;

    @BeforeEach
    void start() throws Exception {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            int status = broken.get() ? 422 : 200;
            if (status == 200) {
                delivered.incrementAndGet();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        target.start();
        ingressPort = LoopbackPorts.free();
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(temp.resolve("data"))
                .withIngressPort(ingressPort).withApiPort(0));
        adminToken = runtime.adminTokenFile();
        tokenFile = adminToken;
        ObjectNode flow = (ObjectNode) JSON.readTree(ORDERS.resolve("flows/orders.flow.json").toFile());
        ((ObjectNode) flow.get("target")).put("url", "http://127.0.0.1:" + target.getAddress().getPort() + "/inv");
        client().deploy("orders", new DeployRequest("flows/orders.flow.json", Map.of(
                "flows/orders.flow.json", JSON.writeValueAsString(flow),
                "mappings/order-to-invoice.mapping.json",
                Files.readString(ORDERS.resolve("mappings/order-to-invoice.mapping.json")),
                "contracts/orders.yaml", Files.readString(ORDERS.resolve("contracts/orders.yaml")))))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        runtime.close();
        target.stop(0);
    }

    private JdkRuntimeClient client() throws Exception {
        return new JdkRuntimeClient(runtime.apiUrl(), Files.readString(adminToken).trim());
    }

    private void send(String orderId) throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree(ORDERS.resolve("samples/order-small.json").toFile());
        order.put("orderId", orderId);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(order.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, answer.statusCode(), answer.body());
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--runtime";
        all[args.length + 1] = runtime.apiUrl();
        all[args.length + 2] = "--token-file";
        all[args.length + 3] = tokenFile.toString();
        return cli.run(all);
    }

    @Test
    void anIncidentIsListedGroupedCountedReplayedAsAJobAndAudited() throws Exception {
        send("ORD-T1");
        send("ORD-T2");
        send("ORD-T3");

        assertEquals(0, run("failed", "list", "--flow", "orders"), cli.err());
        assertTrue(cli.out().contains("3 shown"), cli.out());
        assertEquals(0, run("failed", "groups", "--format", "json"), cli.err());
        JsonNode groups = JSON.readTree(cli.out().substring(cli.out().indexOf("[")));
        assertEquals(3, groups.get(0).get("waiting").asInt());
        String group = groups.get(0).get("id").asText();
        long first = client().failed(null, null, 10).toCompletableFuture().get().items().get(2).id();
        assertEquals(0, run("failed", "show", String.valueOf(first)), cli.err());
        assertTrue(cli.out().contains("ORD-T1"), cli.out());

        assertEquals(0, run("failed", "discard", String.valueOf(first), "--reason", "test order"), cli.err());
        assertEquals(0, run("replay-job", "create", "--group", group, "--dry-run"), cli.err());
        assertTrue(cli.out().contains("2 waiting messages would be replayed"), cli.out());
        broken.set(false);
        assertEquals(0, run("replay-job", "create", "--group", group, "--reason", "target back", "--wait"),
                cli.err());
        assertTrue(cli.out().contains("done: 2 of 2 (2 delivered, 0 skipped as duplicates, 0 failed again)"),
                cli.out());
        assertEquals(2, delivered.get());

        // The incident in the team's KPIs: three failures, one discarded and two replayed, restored once.
        assertEquals(0, run("kpis", "--period", "week", "--count", "1", "--format", "csv"), cli.err());
        List<String> rows = cli.lastOut().lines().toList();
        assertTrue(rows.get(0).startsWith("kind,name,period_start,failures,replays,"), rows.get(0));
        String[] orders = rows.stream().filter(row -> row.startsWith("flow,orders,")).findFirst().orElseThrow()
                .split(",", -1);
        assertEquals("3", orders[3], "failures");
        assertEquals("2", orders[4], "replays");
        assertEquals("1", orders[6], "restores");
        assertEquals("", orders[11], "none waits");
        assertEquals(0, run("kpis", "--format", "json", "--count", "2"), cli.err());
        assertEquals(2, JSON.readTree(cli.lastOut()).get("runtime").get("flows").get(0).get("periods").size());
        assertEquals(0, run("kpis", "--count", "1"), cli.err());
        assertTrue(cli.out().contains("orders — oldest waiting failure: none"), cli.out());
        assertEquals(2, cli.run(new String[] {"kpis", "--runtime", runtime.apiUrl()}));
        assertTrue(cli.err().contains("--runtime needs --token-file"), cli.err());
        assertEquals(2, cli.run(new String[] {"kpis"}));
        assertTrue(cli.err().contains("name a runtime"), cli.err());
    }

    @Test
    void aViewerMayListButNotReplayAndIsToldWhyWithExitTwo() throws Exception {
        send("ORD-V1");
        String viewer = client().createToken(new TokenRequest("night", "viewer")).toCompletableFuture().get().token();
        tokenFile = Files.writeString(temp.resolve("viewer.token"), viewer);

        assertEquals(0, run("failed", "list"), cli.err());
        long id = client().failed(null, null, 1).toCompletableFuture().get().items().get(0).id();
        assertEquals(2, run("failed", "replay", String.valueOf(id)));

        assertTrue(cli.err().contains("operator"), cli.err());
        assertTrue(!cli.err().contains("Exception"), cli.err());
    }
}
