package io.switchboard.flow.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.flow.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {

    @TempDir
    Path workspace;

    private final DefinitionLoader loader = new DefinitionLoader();

    @BeforeEach
    void contract() throws Exception {
        Files.copy(Examples.CONTRACT, workspace.resolve("orders.yaml"));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(workspace.resolve(name), text);
    }

    private static Finding at(List<Finding> findings, String path) {
        return findings.stream().filter(f -> f.displayPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at " + path + " in\n"
                        + findings.stream().map(Finding::format).collect(Collectors.joining("\n"))));
    }

    @Test
    void theReferenceExamplesAreValid() throws Exception {
        LoadedFlow flow = loader.loadFlow(Examples.ORDER_FLOW);
        assertEquals("orders", flow.flow().id());
        assertEquals(1, flow.mappings().size());
        assertTrue(flow.warnings().isEmpty(), () -> flow.warnings().toString());
        assertTrue(loader.loadMapping(Examples.ORDER_MAPPING).warnings().isEmpty());
    }

    @Test
    void aBadMappingReportsEveryProblemAtOnceWithLineAndColumn() throws Exception {
        Path file = write("bad.mapping.json", """
                {
                  "version": 1,
                  "id": "bad",
                  "source": { "file": "orders.yaml", "pointer": "/components/schemas/Order" },
                  "target": { "file": "orders.yaml", "pointer": "/components/schemas/Nope" },
                  "colour": "blue",
                  "rules": [
                    { "target": "a", "expression": "uppercase(.orderId" },
                    { "target": "b", "expression": ["not", "text"] },
                    { "expression": ".orderId" },
                    { "target": "c", "forEach": ".customer", "rules": [ { "target": "x", "expression": ".id" } ] }
                  ]
                }
                """);

        DefinitionException e = assertThrows(DefinitionException.class, () -> loader.loadMapping(file));
        List<Finding> findings = e.findings();

        Finding unknownField = at(findings, "$.colour");
        assertEquals(6, unknownField.location().line());
        assertEquals(3, unknownField.location().column());
        assertTrue(unknownField.message().contains("unknown field 'colour'"), unknownField.message());

        Finding wrongType = at(findings, "$.rules[1].expression");
        assertEquals(9, wrongType.location().line());
        assertTrue(wrongType.message().startsWith("wrong type"), wrongType.message());

        Finding missing = at(findings, "$.rules[2]");
        assertEquals(10, missing.location().line());
        assertTrue(missing.message().contains("missing required field 'target'"), missing.message());

        Finding reference = at(findings, "$.target.pointer");
        assertEquals(5, reference.location().line());
        assertTrue(reference.message().contains("unknown schema reference"), reference.message());

        Finding jslt = at(findings, "$.rules[0].expression");
        assertEquals(8, jslt.location().line());
        assertTrue(jslt.message().contains("does not compile at 1:"), jslt.message());

        Finding forEach = at(findings, "$.rules[3].forEach");
        assertEquals(11, forEach.location().line());
        assertTrue(forEach.message().contains("is not an array"), forEach.message());

        assertTrue(findings.get(0).format().startsWith(file + ":"), findings.get(0).format());
    }

    @Test
    void malformedJsonSaysWhereTheParserStopped() throws Exception {
        Path file = write("broken.mapping.json", "{\n  \"version\": 1,\n  \"id\": \"x\"\n  \"rules\": []\n}\n");

        List<Finding> findings = loader.validate(file);

        assertEquals(1, findings.size());
        assertEquals(4, findings.get(0).location().line());
        assertTrue(findings.get(0).message().startsWith("not well-formed"), findings.get(0).message());
    }

    @Test
    void forEachOverAnArrayOfTheSchemaIsAccepted() throws Exception {
        Path file = write("ok.mapping.json", """
                {
                  "version": 1, "id": "ok",
                  "source": { "file": "orders.yaml", "pointer": "/components/schemas/Order" },
                  "target": { "file": "orders.yaml", "pointer": "/components/schemas/Invoice" },
                  "rules": [ { "target": "lines", "forEach": ".items", "rules": [
                    { "target": "sku", "expression": ".sku" },
                    { "target": "description", "expression": ".colour" } ] } ]
                }
                """);

        LoadedMapping loaded = loader.loadMapping(file);

        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        assertEquals("$.rules[0].rules[1].expression", loaded.warnings().get(0).displayPath());
    }

    @Test
    void aFlowThatWouldEscapeTheRuntimeIsRefusedNamingTheField() throws Exception {
        Path file = write("evil.flow.json", """
                {
                  "version": 1,
                  "id": "evil",
                  "source": { "type": "directory", "path": "inbox/../../../etc" },
                  "target": { "type": "http", "url": "exec:/bin/sh?args=-c" },
                  "steps": [ { "type": "script", "code": "rm -rf /" } ]
                }
                """);

        List<Finding> findings = assertThrows(DefinitionException.class, () -> loader.loadFlow(file)).findings();

        assertTrue(at(findings, "$.source.path").message().contains("leaves the data root"));
        assertTrue(at(findings, "$.target.url").message().contains("scheme 'exec' is not allowed"));
        assertEquals(6, at(findings, "$.steps[0].type").location().line());
    }

    @Test
    void aFlowWhoseMappingIsBrokenReportsTheMappingsOwnFindings() throws Exception {
        write("broken.mapping.json", """
                { "version": 1, "id": "broken",
                  "source": { "file": "orders.yaml", "pointer": "/components/schemas/Order" },
                  "target": { "file": "orders.yaml", "pointer": "/components/schemas/Invoice" },
                  "rules": [ { "target": "orderRef", "expression": "$nothing" } ] }
                """);
        Path flow = write("f.flow.json", """
                { "version": 1, "id": "f",
                  "source": { "type": "http", "path": "/f" },
                  "steps": [ { "type": "map", "mapping": "broken.mapping.json" } ],
                  "target": { "type": "log" } }
                """);

        List<Finding> findings = loader.validate(flow);

        assertTrue(findings.stream().anyMatch(f -> f.file().endsWith("broken.mapping.json")
                && f.displayPath().equals("$.rules[0].expression")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.file().endsWith("f.flow.json")
                && f.displayPath().equals("$.steps[0].mapping")), findings.toString());
    }
}
