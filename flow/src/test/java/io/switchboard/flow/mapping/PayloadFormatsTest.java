package io.switchboard.flow.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadFormatsTest {

    private final MappingEngine engine = new MappingEngine();

    private static Mapping mapping(List<FieldRule> rules) {
        return new Mapping(1, "people", null, SchemaRef.of("in.json", ""), SchemaRef.of("out.json", ""),
                Map.of(), List.of(), rules);
    }

    @Test
    void csvRowsMapItemByItemToJson() throws Exception {
        Mapping mapping = mapping(List.of(
                new FieldRule("people", null, ".", List.of(
                        FieldRule.leaf("name", ".first + \" \" + .last"),
                        FieldRule.leaf("age", "number(.age)")))));
        byte[] csv = "first,last,age\nAda,Lovelace,36\nAlan,Turing,41\n".getBytes(StandardCharsets.UTF_8);

        byte[] out = engine.compile(mapping).transform(csv, PayloadFormat.CSV, PayloadFormat.JSON, false);

        JsonNode result = new ObjectMapper().readTree(out);
        assertEquals("Ada Lovelace", result.at("/people/0/name").asText());
        assertEquals(41, result.at("/people/1/age").asInt());
    }

    @Test
    void xmlInXmlOut() throws Exception {
        Mapping mapping = mapping(List.of(
                FieldRule.leaf("id", ".id"),
                FieldRule.leaf("city", "uppercase(.address.city)")));
        byte[] xml = "<order><id>A-1</id><address><city>Berlin</city></address></order>"
                .getBytes(StandardCharsets.UTF_8);

        String out = new String(engine.compile(mapping).transform(xml, PayloadFormat.XML, PayloadFormat.XML, false),
                StandardCharsets.UTF_8);

        assertEquals("<people><id>A-1</id><city>BERLIN</city></people>", out);
    }

    @Test
    void scalarArrayItems() throws Exception {
        Mapping mapping = mapping(List.of(new FieldRule("skus", ".sku", ".items", List.of())));
        JsonNode input = new ObjectMapper().readTree("{\"items\":[{\"sku\":\"a\"},{\"sku\":\"b\"}]}");

        JsonNode result = engine.compile(mapping).apply(input);

        assertTrue(result.get("skus").isArray());
        assertEquals("[\"a\",\"b\"]", result.get("skus").toString());
    }

    @Test
    void aRuleThatFailsOnThePayloadIsNamedByItsTargetPath() throws Exception {
        Mapping mapping = mapping(List.of(
                FieldRule.leaf("id", ".id"),
                new FieldRule("totals", null, null, List.of(FieldRule.leaf("amount", "number(.amount)")))));
        JsonNode input = new ObjectMapper().readTree("{\"id\": \"A-1\", \"amount\": \"twelve\"}");

        MappingFailure failure = assertThrows(MappingFailure.class, () -> engine.compile(mapping).apply(input));

        assertEquals("$.totals.amount", failure.targetPath());
        assertEquals("/rules/1/rules/0/expression", failure.rulePointer());
    }

    @Test
    void keysThatAreNotXmlNamesAreAnErrorNamingTheKeyNeverMarkup() throws Exception {
        PayloadCodec codec = new PayloadCodec();
        for (String json : new String[] {"{\"user\":{\"x/><role>admin</role><!--\":\"v\"}}",
            "{\"items\":[{\"1 bad key\":1}]}"}) {
            var tree = new ObjectMapper().readTree(json);

            PayloadException refused = assertThrows(PayloadException.class,
                    () -> codec.write(tree, PayloadFormat.XML, "invoice", false));

            assertTrue(refused.getMessage().contains("is not an XML element name"),
                    refused.getMessage());
        }
        assertTrue(new String(codec.write(
                new ObjectMapper().readTree("{\"total_net\":1,\"a.b-c\":2}"),
                PayloadFormat.XML, "invoice", false)).contains("<total_net>1</total_net>"));
    }
}
