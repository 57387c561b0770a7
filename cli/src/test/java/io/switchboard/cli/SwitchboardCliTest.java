package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwitchboardCliTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders");
    private static final String MAPPING = ORDERS.resolve("mappings/order-to-invoice.mapping.json").toString();
    private static final String SAMPLE = ORDERS.resolve("samples/order-small.json").toString();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SwitchboardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void mapPrintsTheReferenceInvoice() throws Exception {
        assertEquals(0, run("map", MAPPING, SAMPLE), err.toString());

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(ORDERS.resolve("samples/invoice-expected.json").toFile());
        JsonNode printed = json.readTree(out.toString());
        assertTrue(expected.equals((a, b) -> a.isNumber() && b.isNumber()
                ? new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) : (a.equals(b) ? 0 : 1), printed));
    }

    @Test
    void mapExitsOneWhenThePayloadFailsTheMapping() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"orderDate\": \"yesterday\", \"items\": []}");

        assertEquals(1, run("map", MAPPING, bad.toString()));
        assertTrue(err.toString().contains("$orderTime"), err.toString());
    }

    @Test
    void mapExitsOneNamingTheRequiredTargetFieldsTheResultLacks() throws Exception {
        JsonNode order = new ObjectMapper().readTree(Path.of(SAMPLE).toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) order).remove(List.of("orderId", "customer"));
        Path partial = Files.writeString(temp.resolve("partial.json"), order.toString());

        assertEquals(1, run("map", MAPPING, partial.toString()), out.toString());
        assertTrue(err.toString().contains("the result lacks required target field"), err.toString());
        assertTrue(err.toString().contains("orderRef"), err.toString());
        assertEquals("", out.toString(), "no invoice is printed");
    }

    @Test
    void aFailureQuotesOnlyAShortExcerptOfThePayload() throws Exception {
        String huge = "x".repeat(60_000);
        Path bad = Files.writeString(temp.resolve("huge.json"), "{\"orderDate\": \"" + huge + "\", \"items\": []}");

        assertEquals(1, run("map", MAPPING, bad.toString()));
        assertTrue(err.toString().length() < 1_000, "message of " + err.toString().length() + " characters");
    }

    @Test
    void mapExitsTwoForAnInvalidMappingOrBadArguments() throws Exception {
        Path mapping = Files.writeString(temp.resolve("x.mapping.json"), "{\"version\": 1}");

        assertEquals(2, run("map", mapping.toString(), SAMPLE));
        assertTrue(err.toString().contains("x.mapping.json:1:1: error: $: missing required field 'id'"), err.toString());
        assertEquals(2, run("map", "--no-such-option"));
    }

    @Test
    void exportWritesTheRouteAndResources() {
        Path dir = temp.resolve("out");

        assertEquals(0, run("export", ORDERS.resolve("flows/orders.flow.json").toString(), "--out", dir.toString()),
                err.toString());
        assertTrue(Files.exists(dir.resolve("orders.camel.yaml")));
        assertTrue(out.toString().contains("orders.camel.yaml"));
    }

    @Test
    void validatePrintsEveryFindingWithFileLineAndColumn() throws Exception {
        Path flow = Files.writeString(temp.resolve("bad.flow.json"),
                "{\n  \"version\": 1,\n  \"id\": \"Bad Id\",\n  \"source\": {\"type\": \"http\", \"path\": \"/x\"},\n"
                        + "  \"target\": {\"type\": \"http\", \"url\": \"file:/etc/passwd\"}\n}\n");

        assertEquals(2, run("validate", flow.toString(), MAPPING));

        String printed = out.toString();
        assertTrue(printed.contains("bad.flow.json:3:9: error: $.id:"), printed);
        assertTrue(printed.contains("bad.flow.json:5:37: error: $.target.url: scheme 'file' is not allowed"), printed);
        assertTrue(printed.contains("2 file(s): 2 error(s), 0 warning(s)"), printed);
    }
}
