package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.fx.task.ManualTasks;
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

    private final MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), new ManualTasks());
    private final SuggestionsViewModel suggester = new SuggestionsViewModel(editor, new ManualTasks());
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
        suggester.refresh();
        List<MappingSuggestion> suggestions = List.copyOf(suggester.suggestions());
        Map<String, String> byTarget = suggestions.stream().collect(Collectors.toMap(
                s -> String.join(".", s.target().path()), s -> String.join(".", s.source().path())));

        assertEquals("customer.address.zip", byTarget.get("customer.billingAddress.postalCode"));
        assertEquals("currency", byTarget.get("currency"));
        assertEquals("items", byTarget.get("lines"));
        assertEquals("shipping.address.city", byTarget.get("shipTo.city"), "the surroundings decide between two cities");
        assertEquals(empty, editor.mappingProperty().get(), "suggesting maps nothing");
        assertTrue(suggestions.stream().allMatch(s -> s.confidence() >= MappingSuggester.MINIMUM && s.confidence() <= 1));

        int accepted = suggester.accept(suggestions, 0.8);
        assertTrue(accepted > 5, "accepted " + accepted);
        assertEquals(".customer.address.zip",
                editor.expressionOf(List.of("customer", "billingAddress", "postalCode")).orElseThrow());
        assertEquals(".items", editor.forEachOf(List.of("lines")).orElseThrow());
        assertEquals(".sku", editor.expressionOf(List.of("lines", "sku")).orElse(".sku"));
        editor.undo();
        assertEquals(empty, editor.mappingProperty().get(), "accepting is one edit");
    }

    @Test
    void everySourceAlikeEnoughToBeProposedIsAmongTheIndexsCandidates() {
        FieldNode source = editor.sourceRootProperty().get();
        FieldNode target = editor.targetRootProperty().get();
        SuggestionIndex index = new SuggestionIndex(source, MappingSuggester.MAX_DEPTH);
        List<String> names = new java.util.ArrayList<>(List.of("zip", "postalCode", "postal_code", "postalcode", "qty",
                "quantity", "e_mail", "shippingAddress", "ship", "ab", "abCd", "abcd", "telephone"));
        collectNames(target, names, 0);
        int compared = 0;
        for (String targetName : names) {
            List<FieldNode> candidates = index.candidates(targetName);
            for (FieldNode field : everySource(source)) {
                // Below this, even a perfect match of the surroundings cannot lift a pair to the minimum.
                if (NameSimilarity.of(field.name(), targetName) >= (MappingSuggester.MINIMUM - 0.2) / 0.8) {
                    assertTrue(candidates.contains(field), field + " for " + targetName);
                    compared++;
                }
            }
        }
        assertTrue(compared > 20, "compared " + compared);
    }

    @Test
    void acceptingOneProposalTakesItOutAndKeepsTheRest() {
        suggester.refresh();
        List<MappingSuggestion> before = List.copyOf(suggester.suggestions());
        MappingSuggestion currency = before.stream()
                .filter(s -> s.target().path().equals(List.of("currency"))).findFirst().orElseThrow();

        assertEquals(1, suggester.accept(List.of(currency), 0));

        List<MappingSuggestion> after = new java.util.ArrayList<>(before);
        after.remove(currency);
        assertEquals(after, suggester.suggestions(), "the others stay as they were, none computed again");
        assertEquals(".currency", editor.expressionOf(List.of("currency")).orElseThrow());
    }

    @Test
    void aComputationNobodyWaitsForStops() {
        FieldNode source = editor.sourceRootProperty().get();
        SuggestionIndex index = new SuggestionIndex(source, MappingSuggester.MAX_DEPTH);

        assertThrows(java.util.concurrent.CancellationException.class, () -> new MappingSuggester().suggest(empty,
                index, editor.targetRootProperty().get(), () -> true, found -> { }));
    }

    private static void collectNames(FieldNode node, List<String> into, int depth) {
        for (FieldNode child : node.children()) {
            into.add(child.name());
            if (depth < 3) {
                collectNames(child, into, depth + 1);
            }
        }
    }

    private static List<FieldNode> everySource(FieldNode root) {
        List<FieldNode> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<FieldNode> open = new java.util.ArrayDeque<>(root.children());
        while (!open.isEmpty()) {
            FieldNode node = open.poll();
            all.add(node);
            if (node.path().size() <= MappingSuggester.MAX_DEPTH && !node.type().isScalar()) {
                open.addAll(node.children());
            }
        }
        return all;
    }
}
