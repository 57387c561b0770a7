package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.mapping.model.MappingFinding.Kind;
import io.switchboard.designer.mapping.model.MappingFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private final OrdersFixture fixture = new OrdersFixture();
    private final MappingEditorViewModel editor = fixture.editor;

    ValidationTest() throws Exception {
    }

    private List<String> findings(Kind kind) {
        return editor.findings().stream().filter(f -> f.kind() == kind).map(MappingFinding::fieldLabel).toList();
    }

    private String message(String field) {
        return editor.findings().stream().filter(f -> f.fieldLabel().equals(field)).map(MappingFinding::message)
                .findFirst().orElse("");
    }

    @Test
    void requiredTargetFieldsThatAreUnmappedAreFlaggedUntilMapped() {
        assertTrue(findings(Kind.UNMAPPED_REQUIRED).contains("invoiceNumber"), editor.findings().toString());
        assertTrue(findings(Kind.UNMAPPED_REQUIRED).contains("lines"));

        editor.drop(fixture.source("orderId"), fixture.target("invoiceNumber"));
        assertTrue(!findings(Kind.UNMAPPED_REQUIRED).contains("invoiceNumber"));

        editor.drop(fixture.source("items"), fixture.target("lines"));
        assertTrue(!findings(Kind.UNMAPPED_REQUIRED).contains("lines"));
    }

    @Test
    void insideAMappedArrayTheItemsRequiredFieldsCount() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var source = io.switchboard.flow.schema.SampleFieldTree.root(json.readTree("{\"items\":[{\"sku\":\"a\"}]}"));
        var target = io.switchboard.flow.schema.SampleFieldTree.root(
                json.readTree("{\"lines\":[{\"sku\":\"a\",\"note\":null}]}"));
        editor.open(new io.switchboard.flow.model.Mapping(1, "m", null, null, null, null, null, null), source, target);
        assertEquals(List.of("lines"), findings(Kind.UNMAPPED_REQUIRED));
        editor.drop(source.at(List.of("items")).orElseThrow(), target.at(List.of("lines")).orElseThrow());
        assertEquals(List.of("lines.sku"), findings(Kind.UNMAPPED_REQUIRED), "note is null in the sample: optional");
    }

    @Test
    void aTextIntoANumberFieldIsATypeMismatchAndNumberFixesIt() {
        editor.drop(fixture.source("items"), fixture.target("lines"));
        editor.drop(fixture.source("items.sku"), fixture.target("lines.unitPrice"));
        assertEquals(List.of("lines.unitPrice"), findings(Kind.TYPE_MISMATCH));
        assertTrue(message("lines.unitPrice").contains("number()"), message("lines.unitPrice"));

        editor.setExpression(List.of("lines", "unitPrice"), "number(.sku)");
        assertEquals(List.of(), findings(Kind.TYPE_MISMATCH));
        editor.unmap(List.of("lines", "unitPrice"));

        editor.setExpression(List.of("lines", "quantity"), "uppercase(.sku)");
        assertEquals(List.of("lines.quantity"), findings(Kind.TYPE_MISMATCH), "a function's result type counts");
    }

    @Test
    void aPathTheSourceDoesNotHaveIsFlaggedAlsoInsideArraysAndVariables() {
        editor.setExpression(List.of("currency"), "uppercase(.curency)");
        assertEquals(List.of("currency"), findings(Kind.MISSING_SOURCE));
        assertTrue(message("currency").contains("curency"));

        editor.drop(fixture.source("items"), fixture.target("lines"));
        editor.setExpression(List.of("lines", "sku"), ".skuu");
        assertTrue(findings(Kind.MISSING_SOURCE).contains("lines.sku"), "relative to the item: items.skuu");
        editor.setExpression(List.of("lines", "description"), ".name");
        assertTrue(!findings(Kind.MISSING_SOURCE).contains("lines.description"));

        editor.setVariable("net", "sum([for (.items) .qty * .unitPrice])");
        editor.setVariable("bad", "sum([for (.items) .quantity])");
        assertTrue(editor.findings().stream().anyMatch(f -> f.message().startsWith("$bad: the source has no field items.quantity")),
                editor.findings().toString());
        assertTrue(editor.findings().stream().noneMatch(f -> f.message().startsWith("$net")));
    }

    @Test
    void anArrayMappedOntoASingleFieldIsFlagged() {
        editor.setExpression(List.of("orderRef"), ".items");
        assertEquals(List.of("orderRef"), findings(Kind.ARRAY_MISMATCH));

        editor.setForEach(List.of("currency"), ".items");
        assertTrue(findings(Kind.ARRAY_MISMATCH).contains("currency"));
        editor.setForEach(List.of("lines"), ".customer");
        assertTrue(message("lines").contains("not an array"), message("lines"));
    }

    @Test
    void anExpressionThatDoesNotCompileIsFlaggedWithItsPosition() {
        editor.setExpression(List.of("currency"), "uppercase(.currency");
        MappingFinding finding = editor.findings().stream().filter(f -> f.kind() == Kind.INVALID_EXPRESSION)
                .findFirst().orElseThrow();
        assertEquals(List.of("currency"), finding.targetPath());
        assertTrue(finding.message().contains("at 1:"), finding.message());
    }

    @Test
    void clickingAFindingSelectsItsField() {
        MappingFinding unmapped = editor.findings().stream()
                .filter(f -> f.fieldLabel().equals("invoiceNumber")).findFirst().orElseThrow();
        editor.select(unmapped);
        assertEquals(List.of("invoiceNumber"), editor.selectedTargetProperty().get().path());
    }
}
