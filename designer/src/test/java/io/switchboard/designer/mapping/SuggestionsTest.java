package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.SchemaFieldTree;
import io.switchboard.flow.schema.SchemaResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final Path MAPPINGS = Path.of("..", "examples", "orders", "mappings").toAbsolutePath().normalize();

    private final MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager());
    private Mapping empty;

    @BeforeEach
    void open() throws Exception {
        SchemaResolver resolver = new SchemaResolver();
        SchemaFieldTree trees = new SchemaFieldTree(resolver);
        SchemaRef source = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Order");
        SchemaRef target = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Invoice");
        FieldNode order = trees.root(resolver.resolve(MAPPINGS, source));
        FieldNode invoice = trees.root(resolver.resolve(MAPPINGS, target));
        empty = new Mapping(1, "m", null, source, target, null, null, null);
        editor.open(empty, order, invoice);
    }

    @Test
    void namesAreComparedAcrossCaseSeparatorsAndSynonyms() {
        assertEquals(1.0, NameSimilarity.of("postal_code", "postalCode"));
        assertTrue(NameSimilarity.of("zip", "postalCode") >= 0.85);
        assertTrue(NameSimilarity.of("id", "customerNumber") < NameSimilarity.of("id", "number"));
        assertTrue(NameSimilarity.of("qty", "quantity") >= 0.85);
        assertTrue(NameSimilarity.of("city", "currency") < 0.3);
    }

    @Test
    void suggestionsProposeLikelyPairsWithAConfidenceAndMapNothingUntilAccepted() {
        List<MappingSuggestion> suggestions = editor.suggest();
        Map<String, String> byTarget = suggestions.stream().collect(Collectors.toMap(
                s -> String.join(".", s.target().path()), s -> String.join(".", s.source().path())));

        assertEquals("customer.address.zip", byTarget.get("customer.billingAddress.postalCode"));
        assertEquals("currency", byTarget.get("currency"));
        assertEquals("items", byTarget.get("lines"));
        assertEquals("shipping.address.city", byTarget.get("shipTo.city"), "the surroundings decide between two cities");
        assertEquals(empty, editor.mappingProperty().get(), "suggesting maps nothing");
        assertTrue(suggestions.stream().allMatch(s -> s.confidence() >= MappingSuggester.MINIMUM && s.confidence() <= 1));

        int accepted = editor.accept(suggestions, 0.8);
        assertTrue(accepted > 5, "accepted " + accepted);
        assertEquals(".customer.address.zip",
                editor.expressionOf(List.of("customer", "billingAddress", "postalCode")).orElseThrow());
        assertEquals(".items", editor.forEachOf(List.of("lines")).orElseThrow());
        assertEquals(".sku", editor.expressionOf(List.of("lines", "sku")).orElse(".sku"));
        editor.undo();
        assertEquals(empty, editor.mappingProperty().get(), "accepting is one edit");
    }
}
