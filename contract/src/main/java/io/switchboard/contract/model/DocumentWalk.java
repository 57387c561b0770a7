package io.switchboard.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Visits every object of a document (depth first, in file order), skipping example values and extensions. */
public final class DocumentWalk {

    private DocumentWalk() {
    }

    public static void objects(JsonNode root, BiConsumer<NodePath, JsonNode> visitor) {
        visit(root, NodePath.ROOT, visitor);
    }

    private static void visit(JsonNode node, NodePath path, BiConsumer<NodePath, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(path, node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (field.getValue().isContainerNode() && !isExampleOrExtension(path, key)) {
                    visit(field.getValue(), path.child(key), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    visit(node.get(i), path.child(i), visitor);
                }
            }
        }
    }

    /**
     * Example values are data, not part of the description, and extensions are free-form; neither is linted.
     * A schema property that happens to be called "example" is still visited.
     */
    private static boolean isExampleOrExtension(NodePath path, String key) {
        boolean inPropertyMap = "properties".equals(path.key());
        return !inPropertyMap && (key.equals("example") || key.equals("examples") || key.startsWith("x-"));
    }
}
