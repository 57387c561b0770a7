package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.NodePath;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Finds Example Objects: entries of {@code components/examples} and of every {@code examples} map outside schemas. */
final class DocumentWalkOfExamples {

    private DocumentWalkOfExamples() {
    }

    static void each(JsonNode root, BiConsumer<String, JsonNode> visitor) {
        visit(root, NodePath.ROOT, false, visitor);
    }

    private static void visit(JsonNode node, NodePath pointer, boolean inSchema, BiConsumer<String, JsonNode> visitor) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    visit(node.get(i), pointer.child(i), inSchema, visitor);
                }
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.startsWith("x-") || key.equals("example") || !field.getValue().isContainerNode()) {
                continue;
            }
            NodePath child = pointer.child(key);
            if (key.equals("examples") && !inSchema && field.getValue().isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> examples = field.getValue().fields(); examples.hasNext(); ) {
                    Map.Entry<String, JsonNode> example = examples.next();
                    if (example.getValue().isObject()) {
                        visitor.accept(child.child(example.getKey()).pointer(), example.getValue());
                    }
                }
            } else if (key.equals("schema") || key.equals("schemas")) {
                visit(field.getValue(), child, true, visitor);
            } else {
                visit(field.getValue(), child, inSchema, visitor);
            }
        }
    }
}
