package io.switchboard.designer.mapping;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.SchemaFieldTree;
import io.switchboard.flow.schema.SchemaResolver;
import java.nio.file.Path;
import java.util.Arrays;

/** An editor opened on an empty mapping from the example contract's Order to its Invoice. */
final class OrdersFixture {

    static final Path MAPPINGS = Path.of("..", "examples", "orders", "mappings").toAbsolutePath().normalize();

    final MappingEditorViewModel editor = new MappingEditorViewModel(new CommandManager(), new ManualTasks());
    final FieldNode order;
    final FieldNode invoice;

    OrdersFixture() throws Exception {
        SchemaResolver resolver = new SchemaResolver();
        SchemaFieldTree trees = new SchemaFieldTree(resolver);
        SchemaRef source = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Order");
        SchemaRef target = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Invoice");
        order = trees.root(resolver.resolve(MAPPINGS, source));
        invoice = trees.root(resolver.resolve(MAPPINGS, target));
        editor.open(new Mapping(1, "m", null, source, target, null, null, null), order, invoice);
    }

    FieldNode source(String dotted) {
        return order.at(Arrays.asList(dotted.split("\\."))).orElseThrow(() -> new AssertionError("no source " + dotted));
    }

    FieldNode target(String dotted) {
        return invoice.at(Arrays.asList(dotted.split("\\."))).orElseThrow(() -> new AssertionError("no target " + dotted));
    }
}
