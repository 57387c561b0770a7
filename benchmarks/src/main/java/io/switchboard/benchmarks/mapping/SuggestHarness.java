package io.switchboard.benchmarks.mapping;

import io.switchboard.benchmarks.contract.RealSpecs;
import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.mapping.MappingEditorViewModel;
import io.switchboard.designer.mapping.MappingSuggestion;
import io.switchboard.designer.mapping.SuggestionsViewModel;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.SchemaFieldTree;
import io.switchboard.flow.schema.SchemaResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * "Suggest mappings" between large real schemas: Stripe's {@code charge} → {@code payment_intent} and
 * {@code invoice} → {@code subscription}, and the reference order → invoice. Times the whole list of proposals
 * (median of a few runs) and prints how many there are.
 */
public final class SuggestHarness {

    private static final int RUNS = Integer.getInteger("switchboard.runs", 3);

    private SuggestHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("switchboard.root", ".")).toAbsolutePath().normalize();
        Path workspace = Files.createTempDirectory("suggest");
        Path contracts = Files.createDirectories(workspace.resolve("contracts"));
        Path mappings = Files.createDirectories(workspace.resolve("mappings"));
        Files.copy(RealSpecs.find(root, "stripe-spec3.json", workspace), contracts.resolve("stripe.json"));
        Files.copy(root.resolve("examples/orders/contracts/orders.yaml"), contracts.resolve("orders.yaml"));
        System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s %12s%n", "pair", "fields*", "proposals", "median ms",
                "max ms");
        measure(mappings, "stripe.json", "charge", "payment_intent");
        measure(mappings, "stripe.json", "invoice", "subscription");
        measure(mappings, "orders.yaml", "Order", "Invoice");
        System.out.println("* source + target fields the proposals look at (6 levels deep at most)");
    }

    private static void measure(Path mappings, String contract, String source, String target) throws Exception {
        SchemaResolver resolver = new SchemaResolver();
        SchemaFieldTree trees = new SchemaFieldTree(resolver);
        SchemaRef sourceRef = SchemaRef.of("../contracts/" + contract, "/components/schemas/" + source);
        SchemaRef targetRef = SchemaRef.of("../contracts/" + contract, "/components/schemas/" + target);
        long[] times = new long[RUNS];
        int proposals = 0;
        int fields = 0;
        for (int run = 0; run < RUNS; run++) {
            // Fresh trees each run: their children are computed when first asked for, as in the studio.
            FieldNode sourceTree = trees.root(resolver.resolve(mappings, sourceRef));
            FieldNode targetTree = trees.root(resolver.resolve(mappings, targetRef));
            MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), new ManualTasks());
            editor.open(new Mapping(1, "m", null, sourceRef, targetRef, null, null, null), sourceTree, targetTree);
            // The studio's own computation, run at once on this thread.
            SuggestionsViewModel suggester = new SuggestionsViewModel(editor, new ManualTasks());
            long start = System.nanoTime();
            suggester.refresh();
            List<MappingSuggestion> suggestions = List.copyOf(suggester.suggestions());
            times[run] = System.nanoTime() - start;
            proposals = suggestions.size();
            fields = count(sourceTree, 0) + count(targetTree, 0);
        }
        java.util.Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-34s %10d %10d %12.0f %12.0f%n", source + " -> " + target, fields,
                proposals, times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6);
    }

    private static int count(FieldNode node, int depth) {
        int total = 0;
        for (FieldNode child : node.children()) {
            total++;
            if (depth < 6 && !child.type().isScalar()) {
                total += count(child, depth + 1);
            }
        }
        return total;
    }
}
