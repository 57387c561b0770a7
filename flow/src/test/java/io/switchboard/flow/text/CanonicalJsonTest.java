package io.switchboard.flow.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files the studio writes read as a person wrote them, and an edit of two expressions is two changed lines. */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReferenceMappingIsWrittenAsItIsKept() throws Exception {
        Path file = Examples.ORDERS.resolve("mappings/order-to-invoice.mapping.json");
        String kept = Files.readString(file);

        String written = CanonicalJson.write(JSON.readTree(kept));

        assertEquals(List.of(), changedLines(kept, written), written);
        assertEquals(written, CanonicalJson.write(JSON.readTree(written)), "writing it again changes nothing");
    }

    @Test
    void changingTwoExpressionsChangesTwoLines() throws Exception {
        String kept = Files.readString(Examples.ORDERS.resolve("mappings/order-to-invoice.mapping.json"));
        JsonNode mapping = JSON.readTree(kept);
        ObjectNode first = (ObjectNode) mapping.get("rules").get(0);
        first.put("expression", "\"INVOICE-\" + .orderId");
        ObjectNode nested = (ObjectNode) mapping.get("rules").get(8).get("rules").get(2);
        nested.put("expression", "lowercase(trim(.customer.email))");

        List<String> changed = changedLines(kept, CanonicalJson.write(mapping));

        assertEquals(2, changed.size(), changed.toString());
    }

    @Test
    void theExampleFlowIsWrittenAsItIsKept() throws Exception {
        String kept = Files.readString(Examples.ORDERS.resolve("flows/orders.flow.json"));
        assertEquals(List.of(), changedLines(kept, CanonicalJson.write(JSON.readTree(kept))));
    }

    @Test
    void longAndDeepValuesAreBrokenUpAndStillParseTheSame() throws Exception {
        String deep = "{\"a\":{\"b\":{\"c\":[1,2,{\"d\":\"" + "x".repeat(200) + "\"}]}},\"e\":[],\"f\":{}}";
        String written = CanonicalJson.write(JSON.readTree(deep));
        assertEquals(JSON.readTree(deep), JSON.readTree(written));
        assertTrue(written.lines().count() > 5, written);
    }

    /** Lines of {@code after} that are not the line at the same place in {@code before}, or the other way round. */
    static List<String> changedLines(String before, String after) {
        List<String> was = before.lines().toList();
        List<String> now = after.lines().toList();
        List<String> changed = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
            String a = i < was.size() ? was.get(i) : "";
            String b = i < now.size() ? now.get(i) : "";
            if (!a.equals(b)) {
                changed.add((i + 1) + ": " + a + "  →  " + b);
            }
        }
        return changed;
    }
}
