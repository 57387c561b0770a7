package io.switchboard.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.TokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real runtime on 127.0.0.1 with the example orders flow deployed against a {@link FlakyTarget}: what the monitor
 * meets in an incident. Stopped and started again on the same data folder and ports, as an operator's runtime is.
 */
final class LiveRuntime implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    private final Path data;
    private final FlakyTarget target;
    private final int ingressPort;
    private final int apiPort;
    private final HttpClient http = HttpClient.newHttpClient();
    private SwitchboardRuntime runtime;

    LiveRuntime(Path data) throws Exception {
        this.data = data;
        // The target takes its port first: a port picked as free and then taken by the target would not be free.
        this.target = new FlakyTarget();
        this.ingressPort = LoopbackPorts.free();
        this.apiPort = LoopbackPorts.free();
        start();
        deploy();
    }

    void start() throws Exception {
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(ingressPort)
                .withApiPort(apiPort));
    }

    void stop() {
        runtime.close();
        runtime = null;
    }

    String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    FlakyTarget target() {
        return target;
    }

    /** How the runtime names itself in health reports. */
    String instance() {
        return runtime.instance();
    }

    RuntimeClient admin() throws Exception {
        return new JdkRuntimeClient(apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
    }

    RuntimeClient withRole(String name, String role) throws Exception {
        String token = admin().createToken(new TokenRequest(name, role)).toCompletableFuture()
                .get(30, TimeUnit.SECONDS).token();
        return new JdkRuntimeClient(apiUrl(), token);
    }

    private void deploy() throws Exception {
        ObjectNode flow = (ObjectNode) JSON.readTree(ORDERS.resolve("flows/orders.flow.json").toFile());
        ((ObjectNode) flow.get("target")).put("url", target.url());
        ((ObjectNode) flow.get("errorPolicy")).put("backoffMs", 5);
        admin().deploy("orders", new DeployRequest("flows/orders.flow.json", Map.of(
                "flows/orders.flow.json", JSON.writeValueAsString(flow),
                "mappings/order-to-invoice.mapping.json",
                Files.readString(ORDERS.resolve("mappings/order-to-invoice.mapping.json")),
                "contracts/orders.yaml", Files.readString(ORDERS.resolve("contracts/orders.yaml")))))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** Posts an order; answers the HTTP status the flow gave (200 delivered, 202 stored as failed). */
    int send(String orderId) throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree(ORDERS.resolve("samples/order-small.json").toFile());
        order.put("orderId", orderId);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(order.toString())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
        target.close();
    }
}
