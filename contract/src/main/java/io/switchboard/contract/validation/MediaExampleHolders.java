package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.NodePath;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The objects Spectral's media example rule looks at: anything below a {@code content}, {@code headers} or
 * {@code parameters} key that has a schema and an example, extensions included (GitHub describes its webhooks
 * under {@code x-webhooks}, and Spectral checks their examples too).
 */
final class MediaExampleHolders {

    private static final Set<String> HOLDER_PARENTS = Set.of("content", "headers", "parameters");
    /** Schemas (and the component schemas) and example values hold no media types, parameters or headers. */
    private static final Set<String> NOT_DESCENDED = Set.of("schema", "schemas", "example", "examples");

    private MediaExampleHolders() {
    }

    static void each(JsonNode root, BiConsumer<NodePath, JsonNode> visitor) {
        visit(root, NodePath.ROOT, false, visitor);
    }

    private static void visit(JsonNode node, NodePath path, boolean below, BiConsumer<NodePath, JsonNode> visitor) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    visit(node.get(i), path.child(i), below, visitor);
                }
            }
            return;
        }
        if (below && isHolder(node)) {
            visitor.accept(path, node);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isContainerNode() && !NOT_DESCENDED.contains(field.getKey())) {
                visit(field.getValue(), path.child(field.getKey()),
                        below || HOLDER_PARENTS.contains(field.getKey()), visitor);
            }
        }
    }

    private static boolean isHolder(JsonNode node) {
        JsonNode examples = node.get("examples");
        return node.path("schema").isObject()
                && (node.has("example") || examples != null && !examples.isNull() && !examples.isMissingNode());
    }
}
