package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.designer.mapping.expression.ExpressionReads;
import io.switchboard.designer.mapping.model.MappingFinding;
import io.switchboard.designer.mapping.model.MappingLine;
import io.switchboard.flow.mapping.MappingEngine;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionsAndLinesTest {

    private final OrdersFixture fixture = new OrdersFixture();
    private final MappingEditorViewModel editor = fixture.editor;

    FunctionsAndLinesTest() throws Exception {
    }

    private JsonNode run() throws Exception {
        JsonNode order = new ObjectMapper().readTree(Files.readAllBytes(
                OrdersFixture.MAPPINGS.resolveSibling("samples").resolve("order-small.json")));
        return new MappingEngine().compile(editor.mappingProperty().get()).apply(order);
    }

    @Test
    void readsFollowLoopsStringsAndChainedPaths() {
        ExpressionReads reads = ExpressionReads.of(
                "round(sum([for (.items) .qty * .unitPrice]) * 100) + $x.y + size(\".not.a.path\") + .a.\"b c\"",
                List.of());
        assertEquals(List.of(List.of("items"), List.of("items", "qty"), List.of("items", "unitPrice"),
                List.of("a", "b c")), reads.paths());
        assertEquals(List.of("x"), reads.variables());
        assertEquals(List.of("round", "sum", "size"), reads.functions());
        assertFalse(reads.plainPath());
        assertTrue(ExpressionReads.of(" .customer.id ", List.of()).plainPath());
        assertEquals(List.of(List.of("items", "sku")), ExpressionReads.of(".sku", List.of("items")).paths());
    }

    @Test
    void everyPaletteFunctionGivesAnExpressionTheEngineRuns() throws Exception {
        editor.selectedSourceProperty().set(fixture.source("customer.lastName"));
        for (MappingFunction function : MappingFunction.values()) {
            editor.unmap(List.of("customer", "name"));
            editor.selectedSourceProperty().set(fixture.source(switch (function) {
                case SUM, COUNT -> "items";
                case TO_NUMBER -> "customer.address.zip";
                case ROUND, FORMAT_DATE -> "shipping.cost";
                case PARSE_DATE -> "orderDate";
                default -> "customer.lastName";
            }));
            assertTrue(editor.applyFunction(function, fixture.target("customer.name")),
                    function + ": " + editor.refusalProperty().get());
            String expression = editor.expressionOf(List.of("customer", "name")).orElseThrow();
            assertTrue(editor.findings().stream().noneMatch(f -> f.kind() == MappingFinding.Kind.INVALID_EXPRESSION),
                    function + " gave " + expression + ": " + editor.findings());
            run();
        }
    }

    @Test
    void aFunctionWrapsTheFieldsExpressionAndShowsAsANodeOnItsLine() throws Exception {
        editor.drop(fixture.source("currency"), fixture.target("currency"));
        assertEquals(List.of(new MappingLine(List.of("currency"), List.of("currency"), null)), editor.lines());

        assertTrue(editor.applyFunction(MappingFunction.UPPER, fixture.target("currency")));
        assertEquals("uppercase(.currency)", editor.expressionOf(List.of("currency")).orElseThrow());
        assertEquals(List.of(new MappingLine(List.of("currency"), List.of("currency"), "uppercase")), editor.lines());
        assertEquals("EUR", run().get("currency").asText());

        editor.undo();
        assertEquals(".currency", editor.expressionOf(List.of("currency")).orElseThrow());
        assertEquals(List.of(new MappingLine(List.of("currency"), List.of("currency"), null)), editor.lines());
    }

    @Test
    void editingTheTextRedrawsTheLines() {
        editor.setExpression(List.of("customer", "name"), ".customer.firstName + \" \" + .customer.lastName");
        assertEquals(List.of(List.of("customer", "firstName"), List.of("customer", "lastName")),
                editor.lines().stream().map(MappingLine::source).toList());
        assertEquals("+", editor.lines().get(0).via());
    }

    @Test
    void concatCollectsFurtherDropsIntoItsList() throws Exception {
        editor.drop(fixture.source("customer.firstName"), fixture.target("customer.name"));
        editor.applyFunction(MappingFunction.CONCAT, fixture.target("customer.name"));
        editor.drop(fixture.source("customer.lastName"), fixture.target("customer.name"),
                MappingEditorViewModel.DropChoice.COMBINE);
        assertEquals("join([.customer.firstName, .customer.lastName], \" \")",
                editor.expressionOf(List.of("customer", "name")).orElseThrow());
        JsonNode invoice = run();
        assertEquals(invoice.get("customer").get("name").asText().split(" ").length, 2);
    }

    @Test
    void aLookupFunctionCreatesAnEditableTableInTheSameEdit() throws Exception {
        editor.drop(fixture.source("status"), fixture.target("status"));
        editor.applyFunction(MappingFunction.LOOKUP, fixture.target("status"));
        assertEquals("get-key($statusCodes, .status)", editor.expressionOf(List.of("status")).orElseThrow());
        editor.setLookup("statusCodes", Map.of("N", "NEW", "C", "CONFIRMED"));
        assertTrue(run().get("status").isTextual());

        editor.undo();
        editor.undo();
        assertEquals(".status", editor.expressionOf(List.of("status")).orElseThrow());
        assertTrue(editor.mappingProperty().get().lookups().isEmpty(), "the table came with the function");
    }

    @Test
    void sumAndCountNeedAnArrayAndSaySo() {
        editor.selectedSourceProperty().set(fixture.source("currency"));
        assertFalse(editor.applyFunction(MappingFunction.COUNT, fixture.target("totals.net")));
        assertTrue(editor.refusalProperty().get().contains("source array"), editor.refusalProperty().get());
        editor.selectedSourceProperty().set(fixture.source("items"));
        assertTrue(editor.applyFunction(MappingFunction.SUM, fixture.target("totals.net")));
        assertEquals("sum([for (.items) .qty])", editor.expressionOf(List.of("totals", "net")).orElseThrow());
    }

    @Test
    void theConnectKeyMapsTheSelectedFields() {
        editor.selectedSourceProperty().set(fixture.source("orderId"));
        editor.selectedTargetProperty().set(fixture.target("orderRef"));
        assertEquals(MappingEditorViewModel.DropOutcome.MAPPED, editor.connectSelected());
        assertEquals(".orderId", editor.expressionOf(List.of("orderRef")).orElseThrow());
    }

    @Test
    void theCanvasNamesEachPaletteFunctionAsThePaletteDoes() {
        for (MappingFunction function : MappingFunction.values()) {
            String expression = function.wrap(".currency", "countries");
            String node = MappingLines.nodeLabel(expression,
                    io.switchboard.designer.mapping.expression.ExpressionReads.of(expression, List.of()));
            assertEquals(function.label(), node, expression);
        }
    }
}
