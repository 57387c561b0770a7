package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.mapping.MappingEditorViewModel.DropOutcome;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.SchemaFieldTree;
import io.switchboard.flow.schema.SchemaResolver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builds the reference order → invoice mapping through the editor, from the contract's two schemas. */
class ReferenceMappingThroughViewModelTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaResolver resolver = new SchemaResolver();
    private final SchemaFieldTree trees = new SchemaFieldTree(resolver);
    private final MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), new ManualTasks());
    private FieldNode order;
    private FieldNode invoice;

    @Test
    void theMappingBuiltByDropsAndExpressionsProducesTheReferenceInvoice() throws Exception {
        openEmpty();

        editor.setLookup("statusCodes", Map.of("N", "NEW", "C", "CONFIRMED", "S", "SHIPPED", "X", "CANCELLED"));
        editor.setLookup("shipMethods", Map.of("STD", "Standard", "EXP", "Express", "PICK", "Pickup"));
        editor.setVariable("net", "round(sum([for (.items) round(.qty * .unitPrice * 100) / 100]) * 100) / 100");
        editor.setVariable("discount", "round($net * .discountPct) / 100");
        editor.setVariable("tax", "round(sum([for (.items) .qty * .unitPrice * .taxRate]) * 100) / 100");
        editor.setVariable("orderTime", "parse-time(.orderDate, \"yyyy-MM-dd'T'HH:mm:ssX\")");

        drop("orderId", "orderRef");
        drop("orderId", "invoiceNumber");
        editor.setExpression(List.of("invoiceNumber"), "\"INV-\" + .orderId");
        editor.setExpression(List.of("issueDate"), "format-time($orderTime, \"dd.MM.yyyy\", \"UTC\")");
        editor.setExpression(List.of("dueDate"), "format-time($orderTime + 2592000, \"dd.MM.yyyy\", \"UTC\")");
        editor.setExpression(List.of("currency"), "uppercase(.currency)");
        editor.setExpression(List.of("status"), "get-key($statusCodes, .status)");
        editor.setExpression(List.of("paymentTerms"), "if (.payment.terms) .payment.terms else \"NET30\"");
        editor.setExpression(List.of("paymentMethod"), "uppercase(.payment.method)");

        drop("customer.id", "customer.customerNumber");
        drop("customer.firstName", "customer.name");
        assertEquals(DropOutcome.NEEDS_CHOICE, editor.drop(field(order, "customer.lastName"), field(invoice, "customer.name")));
        editor.drop(field(order, "customer.lastName"), field(invoice, "customer.name"), MappingEditorViewModel.DropChoice.COMBINE);
        editor.setExpression(List.of("customer", "email"), "lowercase(.customer.email)");
        drop("customer.vatId", "customer.vatId");
        editor.setExpression(List.of("customer", "billingAddress", "line1"),
                ".customer.address.street + \" \" + .customer.address.houseNo");
        drop("customer.address.zip", "customer.billingAddress.postalCode");
        drop("customer.address.city", "customer.billingAddress.city");
        editor.setExpression(List.of("customer", "billingAddress", "country"), "uppercase(.customer.address.country)");

        drop("shipping.address.name", "shipTo.name");
        editor.setExpression(List.of("shipTo", "line1"), ".shipping.address.street + \" \" + .shipping.address.houseNo");
        drop("shipping.address.zip", "shipTo.postalCode");
        drop("shipping.address.city", "shipTo.city");
        editor.setExpression(List.of("shipTo", "country"), "uppercase(.shipping.address.country)");
        editor.setExpression(List.of("shippingMethod"), "get-key($shipMethods, .shipping.method)");

        drop("items", "lines");
        drop("items.sku", "lines.sku");
        drop("items.name", "lines.description");
        drop("items.qty", "lines.quantity");
        drop("items.unitPrice", "lines.unitPrice");
        drop("items.taxRate", "lines.taxRate");
        editor.setExpression(List.of("lines", "lineTotal"), "round(.qty * .unitPrice * 100) / 100");
        assertEquals(".sku", editor.expressionOf(List.of("lines", "sku")).orElseThrow(), "relative to the item");

        editor.setExpression(List.of("totals", "net"), "$net");
        editor.setExpression(List.of("totals", "discount"), "$discount");
        drop("shipping.cost", "totals.shipping");
        editor.setExpression(List.of("totals", "tax"), "$tax");
        editor.setExpression(List.of("totals", "gross"), "round(($net - $discount + .shipping.cost + $tax) * 100) / 100");
        editor.setExpression(List.of("itemCount"), "size(.items)");
        editor.setExpression(List.of("totalQuantity"), "sum([for (.items) .qty])");
        editor.setExpression(List.of("source"), "\"integration-studio\"");

        JsonNode output = new MappingEngine().compile(editor.mappingProperty().get())
                .apply(JSON.readTree(ORDERS.resolve("samples/order-small.json").toFile()));
        JsonNode expected = JSON.readTree(ORDERS.resolve("samples/invoice-expected.json").toFile());
        assertTrue(sameJson(expected, output), "expected\n" + expected.toPrettyString() + "\nbut was\n"
                + output.toPrettyString());
        assertEquals(List.of("invoiceNumber", "orderRef"), editor.mappingProperty().get().rules().stream()
                .limit(2).map(rule -> rule.target()).toList(), "rules follow the target schema's order");
    }

    @Test
    void everyEditUndoesAndRedoesAndAnArrayCannotFillASingleField() throws Exception {
        Mapping empty = openEmpty();

        drop("customer.address.zip", "customer.billingAddress.postalCode");
        drop("items", "lines");
        drop("items.sku", "lines.sku");
        Mapping mapped = editor.mappingProperty().get();
        editor.unmap(List.of("lines"));
        assertTrue(editor.forEachOf(List.of("lines")).isEmpty());

        editor.undo();
        assertEquals(mapped, editor.mappingProperty().get());
        editor.undo();
        editor.undo();
        editor.undo();
        assertEquals(empty, editor.mappingProperty().get());
        editor.redo();
        assertEquals(".customer.address.zip", editor.expressionOf(List.of("customer", "billingAddress", "postalCode")).orElseThrow());

        assertEquals(DropOutcome.REFUSED, editor.drop(field(order, "items"), field(invoice, "itemCount")));
        assertFalse(editor.refusalProperty().get().isEmpty());
        drop("items", "lines");
        assertEquals(DropOutcome.REFUSED, editor.drop(field(order, "customer.id"), field(invoice, "lines.sku")),
                "a field outside the item cannot be read inside the array");
    }

    /** Opens an empty mapping from the contract's Order schema to its Invoice schema. */
    private Mapping openEmpty() throws Exception {
        SchemaRef source = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Order");
        SchemaRef target = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Invoice");
        order = trees.root(resolver.resolve(ORDERS.resolve("mappings"), source));
        invoice = trees.root(resolver.resolve(ORDERS.resolve("mappings"), target));
        Mapping empty = new Mapping(1, "order-to-invoice", null, source, target, null, null, null);
        editor.open(empty, order, invoice);
        return empty;
    }

    private void drop(String sourcePath, String targetPath) {
        assertEquals(DropOutcome.MAPPED, editor.drop(field(order, sourcePath), field(invoice, targetPath),
                MappingEditorViewModel.DropChoice.REPLACE), editor.refusalProperty().get());
    }

    private static FieldNode field(FieldNode root, String dotted) {
        return root.at(List.of(dotted.split("\\."))).orElseThrow(() -> new AssertionError("no field " + dotted));
    }

    private static boolean sameJson(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> byValue = (a, b) -> {
            if (a.isNumber() && b.isNumber()) {
                return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
            }
            return a.equals(b) ? 0 : 1;
        };
        return expected.equals(byValue, actual);
    }
}
