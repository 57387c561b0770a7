package io.switchboard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference order, and the same order with 1,000 varied items, as bytes. */
public final class MappingInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingInputs() {
    }

    /** The repository root: {@code -Dswitchboard.root}, else the current folder or its parent. */
    public static Path root() {
        String configured = System.getProperty("switchboard.root");
        if (configured != null) {
            return Path.of(configured);
        }
        return Files.isDirectory(Path.of("examples")) ? Path.of("") : Path.of("..");
    }

    public static Path mappingFile() {
        return root().resolve("examples/orders/mappings/order-to-invoice.mapping.json");
    }

    public static byte[] order(String size) {
        try {
            byte[] small = Files.readAllBytes(root().resolve("examples/orders/samples/order-small.json"));
            return "large".equals(size) ? withItems(small, 1_000) : small;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The order with {@code count} items, cycling through the original ones with varied sku, quantity and price. */
    static byte[] withItems(byte[] order, int count) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(order);
        ArrayNode original = (ArrayNode) root.get("items");
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode item = original.get(i % original.size()).deepCopy();
            item.put("sku", "SKU-" + (10_000 + i));
            item.put("qty", item.get("qty").asInt() + i % 5);
            item.put("unitPrice", item.get("unitPrice").asDouble() + (i % 10) * 0.25);
            items.add(item);
        }
        root.set("items", items);
        return JSON.writeValueAsBytes(root);
    }

    public static JsonNode tree(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }
}
