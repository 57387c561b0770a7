package io.switchboard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;

/** The example workspace and helpers shared by the tests. */
public final class Examples {

    public static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
    public static final Path ORDER_MAPPING = ORDERS.resolve("mappings/order-to-invoice.mapping.json");
    public static final Path ORDER_FLOW = ORDERS.resolve("flows/orders.flow.json");
    public static final Path ORDER_SAMPLE = ORDERS.resolve("samples/order-small.json");
    public static final Path EXPECTED_INVOICE = ORDERS.resolve("samples/invoice-expected.json");
    public static final Path CONTRACT = ORDERS.resolve("contracts/orders.yaml");

    private Examples() {
    }

    /** Equal as JSON, numbers compared by value: {@code 2002.0} equals {@code 2002}. */
    public static boolean sameJson(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> byValue = (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
            }
            return a.equals(b) ? 0 : 1;
        };
        return expected.equals(byValue, actual);
    }
}
