package io.switchboard.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The three contestants of the benchmark must compute the same invoice, or the comparison means nothing. */
class SameResultTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void allThreeProduceTheReferenceInvoice() throws Exception {
        MappingBenchmark benchmark = new MappingBenchmark();
        benchmark.size = "small";
        benchmark.setUp();
        JsonNode expected = json.readTree(Path.of("..", "examples", "orders", "samples", "invoice-expected.json").toFile());

        assertSame(expected, json.readTree(benchmark.handwrittenJackson()));
        assertSame(expected, json.readTree(benchmark.switchboardEngine()));
        assertSame(expected, json.readTree(benchmark.jsonataDashjoin()));
    }

    @Test
    void theLargeOrderHasAThousandItemsAndTheEnginesAgreeOnIt() throws Exception {
        MappingBenchmark benchmark = new MappingBenchmark();
        benchmark.size = "large";
        benchmark.setUp();

        JsonNode floor = json.readTree(benchmark.handwrittenJackson());
        assertEquals(1_000, floor.get("lines").size());
        assertSame(floor, json.readTree(benchmark.switchboardEngine()));
    }

    private static void assertSame(JsonNode expected, JsonNode actual) {
        assertTrue(expected.equals((a, b) -> a.isNumber() && b.isNumber()
                ? new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) : (a.equals(b) ? 0 : 1), actual),
                () -> "expected\n" + expected + "\nbut got\n" + actual);
    }
}
