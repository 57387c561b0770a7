package io.switchboard.designer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.flow.export.FlowBundle;
import io.switchboard.flow.validation.DefinitionLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deploy's review of the example flow against a running version: files side by side, contract changes. */
class DeployReviewsTest {

    private static final Path FLOW = Path.of("..", "examples", "orders", "flows", "orders.flow.json")
            .toAbsolutePath().normalize();
    private final DeployReviews reviews = new DeployReviews();

    @Test
    void theSameBundleIsIdenticalAndANewFlowIsAllNew() throws Exception {
        Map<String, String> files = FlowBundle.of(new DefinitionLoader().loadFlow(FLOW)).files();

        DeployReview same = reviews.compare("orders", "Local", 3, files, files);
        assertTrue(same.identical());
        assertEquals(0, same.breakingChanges());

        DeployReview first = reviews.compare("orders", "Local", null, null, files);
        assertNull(first.runningVersion());
        assertTrue(first.files().stream().allMatch(file -> file.kind() == BundleChange.Kind.ADDED));
        assertTrue(first.headline().contains("not deployed on Local"), first.headline());
    }

    @Test
    void aChangedExpressionIsOneLineAndARemovedRequiredPropertyIsBreaking() throws Exception {
        FlowBundle bundle = FlowBundle.of(new DefinitionLoader().loadFlow(FLOW));
        Map<String, String> next = new HashMap<>(bundle.files());
        String mapping = "mappings/order-to-invoice.mapping.json";
        next.put(mapping, next.get(mapping).replace("\"expression\": \".orderId\"", "\"expression\": \"upper(.orderId)\""));
        String contract = "contracts/orders.yaml";
        next.put(contract, next.get(contract).replace("required: [orderId, orderDate, currency, status, customer, items]",
                "required: [orderId, orderDate, currency, status, customer, items, channel]"));

        DeployReview review = reviews.compare("orders", "Staging", 2, bundle.files(), next);

        BundleChange changedMapping = review.files().stream().filter(file -> file.path().equals(mapping)).findFirst()
                .orElseThrow();
        assertEquals(BundleChange.Kind.CHANGED, changedMapping.kind());
        assertEquals(1, changedMapping.changedLines(), changedMapping.summary());
        assertFalse(review.identical());
        assertTrue(review.breakingChanges() >= 1, review.contractChanges().toString());
        assertEquals(ChangeLevel.ERR, review.contractChanges().get(0).change().level());
        assertTrue(review.headline().contains("version 2 running on Staging"), review.headline());
    }
}
