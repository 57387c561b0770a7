package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.refs.Reference;
import io.switchboard.flow.source.JsonPointers;
import java.util.Iterator;
import java.util.Map;

/**
 * Example values as Spectral checks them: a {@code $ref} object anywhere inside an example value stands for what it
 * points to in the same document (GitHub's spec builds examples out of shared ones this way). An error inside such a
 * value belongs at the place the value is written, so instance pointers are mapped back through the references.
 */
final class ExampleValues {

    /** Deeper than any real example; a reference that leads back into itself stops here and stays a {@code $ref}. */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_HOPS = 16;

    private final JsonNode root;

    ExampleValues(JsonNode root) {
        this.root = root;
    }

    /** The value with its local references replaced by their targets; the node itself when it has none. */
    JsonNode resolved(JsonNode value) {
        return resolve(value, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (depth > MAX_DEPTH || !node.isContainerNode()) {
            return node;
        }
        JsonNode target = target(node);
        if (target != node) {
            return resolve(target, depth + 1);
        }
        if (node.isArray()) {
            ArrayNode copy = null;
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = resolve(node.get(i), depth + 1);
                if (item != node.get(i) && copy == null) {
                    copy = JsonNodeFactory.instance.arrayNode();
                    for (int j = 0; j < i; j++) {
                        copy.add(node.get(j));
                    }
                }
                if (copy != null) {
                    copy.add(item);
                }
            }
            return copy == null ? node : copy;
        }
        ObjectNode copy = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = resolve(field.getValue(), depth + 1);
            if (value != field.getValue() && copy == null) {
                copy = JsonNodeFactory.instance.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> before = node.fields(); before.hasNext(); ) {
                    Map.Entry<String, JsonNode> earlier = before.next();
                    if (earlier.getKey().equals(field.getKey())) {
                        break;
                    }
                    copy.set(earlier.getKey(), earlier.getValue());
                }
            }
            if (copy != null) {
                copy.set(field.getKey(), value);
            }
        }
        return copy == null ? node : copy;
    }

    /**
     * Where the part of the value at {@code instancePointer} is written: starting at the value's own pointer, each
     * step through a {@code $ref} continues at its target. Stops at the last place that exists.
     */
    String documentPointer(String valuePointer, String instancePointer) {
        String pointer = follow(valuePointer);
        for (String segment : JsonPointers.segments(instancePointer)) {
            JsonNode node = root.at(pointer);
            if (node.isObject() && node.has(segment)) {
                pointer = follow(JsonPointers.child(pointer, segment));
            } else if (node.isArray() && isIndex(segment, node.size())) {
                pointer = follow(JsonPointers.child(pointer, Integer.parseInt(segment)));
            } else {
                break;
            }
        }
        return pointer;
    }

    /** The pointer itself, or the place its local {@code $ref} chain ends. */
    String follow(String pointer) {
        String current = pointer;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            JsonNode node = root.at(current);
            String next = localRef(node);
            if (next == null || root.at(next).isMissingNode()) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** What the node's local {@code $ref} chain leads to; the node itself when it has none. */
    JsonNode dereference(JsonNode node) {
        return target(node);
    }

    private JsonNode target(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            String next = localRef(current);
            if (next == null || root.at(next).isMissingNode()) {
                return current;
            }
            current = root.at(next);
        }
        return current;
    }

    private static String localRef(JsonNode node) {
        if (!node.isObject() || !node.path("$ref").isTextual()) {
            return null;
        }
        Reference reference = Reference.parse("", node.path("$ref").asText());
        return reference.isLocal() ? reference.pointer() : null;
    }

    private static boolean isIndex(String segment, int size) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(segment) < size;
    }
}
