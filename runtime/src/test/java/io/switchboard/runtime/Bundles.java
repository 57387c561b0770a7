package io.switchboard.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.runtime.bundle.DeployBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The example orders flow as a deploy bundle, with its target and retry delay chosen by the test. */
public final class Bundles {

    public static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bundles() {
    }

    public static DeployBundle orders(String targetUrl) throws IOException {
        return orders(targetUrl, policy -> { });
    }

    /** The orders flow with its error policy changed by {@code policy} (backoff already 5 ms). */
    public static DeployBundle orders(String targetUrl, java.util.function.Consumer<ObjectNode> policy)
            throws IOException {
        ObjectNode flow = (ObjectNode) JSON.readTree(ORDERS.resolve("flows/orders.flow.json").toFile());
        ((ObjectNode) flow.get("target")).put("url", targetUrl);
        ((ObjectNode) flow.get("errorPolicy")).put("backoffMs", 5);
        policy.accept((ObjectNode) flow.get("errorPolicy"));
        return new DeployBundle("flows/orders.flow.json", Map.of(
                "flows/orders.flow.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(flow),
                "mappings/order-to-invoice.mapping.json",
                Files.readString(ORDERS.resolve("mappings/order-to-invoice.mapping.json")),
                "contracts/orders.yaml", Files.readString(ORDERS.resolve("contracts/orders.yaml"))));
    }

    /** The orders flow deduplicating every received message by its order id, not only replays. */
    public static DeployBundle ordersReceivedOnce(String targetUrl) throws IOException {
        DeployBundle bundle = orders(targetUrl);
        ObjectNode flow = (ObjectNode) JSON.readTree(bundle.files().get("flows/orders.flow.json"));
        flow.put("idempotencyScope", "messages");
        Map<String, String> files = new java.util.HashMap<>(bundle.files());
        files.put("flows/orders.flow.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(flow));
        return new DeployBundle(bundle.flowFile(), files);
    }

    public static String order(String orderId) throws IOException {
        ObjectNode order = (ObjectNode) JSON.readTree(ORDERS.resolve("samples/order-small.json").toFile());
        order.put("orderId", orderId);
        return order.toString();
    }
}
