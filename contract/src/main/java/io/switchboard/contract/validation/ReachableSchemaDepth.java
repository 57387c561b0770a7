package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Finds a schema, among one and those it refers to in the same document, nested deeper than a limit: the example
 * validator compiles each schema it reaches by recursion, so one too deep would exhaust a worker's stack. Walks
 * from queues; schemas found shallow are remembered, so a document is measured about once in all.
 */
final class ReachableSchemaDepth {

    private final JsonNode root;
    private final int limit;
    private final Set<String> shallow = new HashSet<>();

    ReachableSchemaDepth(JsonNode root, int limit) {
        this.root = root;
        this.limit = limit;
    }

    /** The pointer of the first schema reached from {@code pointer} that nests deeper than the limit, or null. */
    String tooDeep(String pointer) {
        Deque<String> schemas = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        schemas.add(pointer);
        while (!schemas.isEmpty()) {
            String current = schemas.poll();
            if (shallow.contains(current) || !seen.add(current)) {
                continue;
            }
            JsonNode schema = at(current);
            if (schema != null && exceedsLimit(schema, schemas)) {
                return current;
            }
            shallow.add(current);
        }
        return null;
    }

    private boolean exceedsLimit(JsonNode schema, Deque<String> references) {
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(schema);
        depths.push(1);
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return true;
            }
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                    references.add(ref.asText().substring(1));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                push(members.next().getValue(), depth, nodes, depths);
            }
            if (node.isArray()) {
                node.forEach(element -> push(element, depth, nodes, depths));
            }
        }
        return false;
    }

    private static void push(JsonNode child, int depth, Deque<JsonNode> nodes, Deque<Integer> depths) {
        if (child.isContainerNode()) {
            nodes.push(child);
            depths.push(depth + 1);
        }
    }

    private JsonNode at(String pointer) {
        try {
            JsonNode node = root.at(pointer);
            return node.isMissingNode() ? null : node;
        } catch (IllegalArgumentException notAPointer) {
            return null;
        }
    }
}
