package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.ContractDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.1 webhooks are compared as operations, through the components only they use. */
class WebhooksDiffTest {

    private static final String SPEC = """
            openapi: 3.1.0
            info: {title: Shop, version: 1.0.0}
            webhooks:
              orderShipped:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Shipment'}
                  responses:
                    '200': {description: Received}
            components:
              schemas:
                Shipment:
                  type: object
                  required: [orderId]
                  properties:
                    orderId: {type: string}
                    carrier: {type: string}
            """;

    private static List<Change> compare(String revision) throws Exception {
        return ContractDiff.compare(ContractDocument.parse(Path.of("shop.yaml"), SPEC),
                ContractDocument.parse(Path.of("shop.yaml"), revision));
    }

    @Test
    void aChangedWebhookBodyIsReportedAtItsWebhook() throws Exception {
        List<Change> changes = compare(SPEC.replace("orderId: {type: string}", "orderId: {type: integer}"));

        Change type = changes.stream().filter(change -> change.rule().equals("request-property-type-changed"))
                .findFirst().orElseThrow(() -> new AssertionError(changes.toString()));
        assertEquals("POST webhook:orderShipped", type.operation());
        assertEquals(ChangeLevel.ERR, type.level());
    }

    @Test
    void aRemovedWebhookBreaksAndAnAddedOneInforms() throws Exception {
        List<Change> removed = compare(SPEC.replace("  orderShipped:\n    post:", "  orderPacked:\n    post:"));

        assertTrue(removed.stream().anyMatch(change -> change.rule().equals("webhook-removed")
                && change.level() == ChangeLevel.ERR && change.operation().equals("webhook:orderShipped")),
                removed.toString());
        assertTrue(removed.stream().anyMatch(change -> change.rule().equals("webhook-added")
                && change.level() == ChangeLevel.INFO && change.operation().equals("webhook:orderPacked")),
                removed.toString());
        assertEquals(List.of(), compare(SPEC), "a version against itself");
    }
}
