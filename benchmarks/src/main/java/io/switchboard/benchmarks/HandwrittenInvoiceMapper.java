package io.switchboard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The order → invoice mapping written by hand against Jackson's tree: the floor the engines are measured against. */
public final class HandwrittenInvoiceMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> STATUS =
            Map.of("N", "NEW", "C", "CONFIRMED", "S", "SHIPPED", "X", "CANCELLED");
    private static final Map<String, String> SHIP_METHODS = Map.of("STD", "Standard", "EXP", "Express", "PICK", "Pickup");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);

    public ObjectNode map(JsonNode order) {
        ObjectNode invoice = NODES.objectNode();
        String orderId = order.path("orderId").asText();
        Instant orderTime = Instant.parse(order.path("orderDate").asText());
        invoice.put("invoiceNumber", "INV-" + orderId);
        invoice.put("orderRef", orderId);
        invoice.put("issueDate", DAY.format(orderTime));
        invoice.put("dueDate", DAY.format(orderTime.plus(30, ChronoUnit.DAYS)));
        invoice.put("currency", order.path("currency").asText().toUpperCase());
        invoice.put("status", STATUS.get(order.path("status").asText()));
        JsonNode terms = order.path("payment").path("terms");
        invoice.put("paymentTerms", terms.isTextual() && !terms.asText().isEmpty() ? terms.asText() : "NET30");
        invoice.put("paymentMethod", order.path("payment").path("method").asText().toUpperCase());

        JsonNode customer = order.path("customer");
        JsonNode address = customer.path("address");
        ObjectNode billedTo = invoice.putObject("customer");
        billedTo.put("customerNumber", customer.path("id").asText());
        billedTo.put("name", customer.path("firstName").asText() + " " + customer.path("lastName").asText());
        billedTo.put("email", customer.path("email").asText().toLowerCase());
        billedTo.put("vatId", customer.path("vatId").asText());
        ObjectNode billing = billedTo.putObject("billingAddress");
        billing.put("line1", address.path("street").asText() + " " + address.path("houseNo").asText());
        billing.put("postalCode", address.path("zip").asText());
        billing.put("city", address.path("city").asText());
        billing.put("country", address.path("country").asText().toUpperCase());

        JsonNode shipping = order.path("shipping");
        JsonNode shipAddress = shipping.path("address");
        ObjectNode shipTo = invoice.putObject("shipTo");
        shipTo.put("name", shipAddress.path("name").asText());
        shipTo.put("line1", shipAddress.path("street").asText() + " " + shipAddress.path("houseNo").asText());
        shipTo.put("postalCode", shipAddress.path("zip").asText());
        shipTo.put("city", shipAddress.path("city").asText());
        shipTo.put("country", shipAddress.path("country").asText().toUpperCase());
        invoice.put("shippingMethod", SHIP_METHODS.get(shipping.path("method").asText()));

        ArrayNode lines = invoice.putArray("lines");
        double lineSum = 0;
        double taxSum = 0;
        long quantity = 0;
        for (JsonNode item : order.path("items")) {
            long qty = item.path("qty").asLong();
            double unitPrice = item.path("unitPrice").asDouble();
            double taxRate = item.path("taxRate").asDouble();
            double lineTotal = Math.round(qty * unitPrice * 100) / 100.0;
            ObjectNode line = lines.addObject();
            line.put("sku", item.path("sku").asText());
            line.put("description", item.path("name").asText());
            line.put("quantity", qty);
            line.put("unitPrice", unitPrice);
            line.put("taxRate", taxRate);
            line.put("lineTotal", lineTotal);
            lineSum += lineTotal;
            taxSum += qty * unitPrice * taxRate;
            quantity += qty;
        }
        double net = Math.round(lineSum * 100) / 100.0;
        double discount = Math.round(net * order.path("discountPct").asDouble()) / 100.0;
        double tax = Math.round(taxSum * 100) / 100.0;
        double shippingCost = shipping.path("cost").asDouble();
        ObjectNode totals = invoice.putObject("totals");
        totals.put("net", net);
        totals.put("discount", discount);
        totals.put("shipping", shippingCost);
        totals.put("tax", tax);
        totals.put("gross", Math.round((net - discount + shippingCost + tax) * 100) / 100.0);
        invoice.put("itemCount", order.path("items").size());
        invoice.put("totalQuantity", quantity);
        invoice.put("source", "integration-studio");
        return invoice;
    }
}
