package io.switchboard.flow.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.Examples;
import io.switchboard.flow.validation.DefinitionLoader;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CompiledMapping mapping;

    @BeforeAll
    static void compile() throws Exception {
        mapping = new MappingEngine().compile(new DefinitionLoader().loadMapping(Examples.ORDER_MAPPING).mapping());
    }

    @Test
    void orderBecomesExactlyTheReferenceInvoice() throws Exception {
        byte[] out = mapping.transform(Files.readAllBytes(Examples.ORDER_SAMPLE), PayloadFormat.JSON,
                PayloadFormat.JSON, false);

        JsonNode expected = JSON.readTree(Examples.EXPECTED_INVOICE.toFile());
        JsonNode actual = JSON.readTree(out);
        assertTrue(Examples.sameJson(expected, actual), () -> "expected\n" + expected + "\nbut got\n" + actual);
    }

    @Test
    void aWrongValueIsNoticed() throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree(Examples.ORDER_SAMPLE.toFile());
        order.put("discountPct", 6);
        JsonNode actual = mapping.apply(order);
        assertTrue(!Examples.sameJson(JSON.readTree(Examples.EXPECTED_INVOICE.toFile()), actual));
    }

    @Test
    void aPayloadThatBreaksAnExpressionNamesTheTargetField() throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree(Examples.ORDER_SAMPLE.toFile());
        order.put("orderDate", "15 March 2024");

        MappingFailure failure = assertThrows(MappingFailure.class, () -> mapping.apply(order));

        assertEquals("$orderTime", failure.targetPath(), failure.getMessage());
        assertEquals("/variables/3/expression", failure.rulePointer());
        assertTrue(failure.getMessage().contains("15 March 2024"), failure.getMessage());
    }

    @Test
    void unreadableInputSaysWhere() {
        byte[] broken = "{\n  \"orderId\": \"A\",\n  \"items\": [1, 2,\n}".getBytes();
        MappingFailure failure = assertThrows(MappingFailure.class,
                () -> mapping.transform(broken, PayloadFormat.JSON, PayloadFormat.JSON, false));
        assertTrue(failure.getMessage().contains("at input 4:"), failure.getMessage());
    }

    @Test
    void theTemplateIsOneReadableJsltProgram() {
        String jslt = mapping.jslt();
        assertTrue(jslt.startsWith("let statusCodes = {"), jslt);
        assertTrue(jslt.contains("\"lines\": [for (.items) {"), jslt);
    }
}
