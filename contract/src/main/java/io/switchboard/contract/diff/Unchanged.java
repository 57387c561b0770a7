package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.refs.Reference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells when a schema is the same in both versions, references included, so the comparison can skip it. Large
 * contracts share deep component graphs between hundreds of operations; without this, each operation would walk
 * them again.
 */
final class Unchanged {

    private final JsonNode baseRoot;
    private final JsonNode revisionRoot;
    private final Map<String, Boolean> components = new HashMap<>();
    private final Map<String, Boolean> pairs = new HashMap<>();

    Unchanged(JsonNode baseRoot, JsonNode revisionRoot) {
        this.baseRoot = baseRoot;
        this.revisionRoot = revisionRoot;
    }

    /** Remembered per pair of places: the same component pair is asked about once per operation that uses it. */
    boolean same(Side before, Side after) {
        String key = before.pointer() + "|" + after.pointer();
        Boolean known = pairs.get(key);
        if (known == null) {
            known = before.node().equals(after.node()) && referencesSame(before.node());
            pairs.put(key, known);
        }
        return known;
    }

    /**
     * Every local reference reachable from the node leads to a component that is the same in both versions. Walked
     * from a queue, not the stack: a chain of thousands of components referring to the next is walked all the same.
     */
    private boolean referencesSame(JsonNode start) {
        Deque<JsonNode> nodes = new ArrayDeque<>();
        nodes.push(start);
        Set<String> reached = new HashSet<>();
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.pop();
            JsonNode ref = node.isObject() ? node.get("$ref") : null;
            if (ref != null && ref.isTextual()) {
                Reference reference = Reference.parse("", ref.asText());
                if (reference.isLocal() && reached.add(reference.pointer())) {
                    Boolean known = components.get(reference.pointer());
                    if (Boolean.FALSE.equals(known)) {
                        return false;
                    }
                    if (known == null) {
                        JsonNode before = baseRoot.at(reference.pointer());
                        if (!before.equals(revisionRoot.at(reference.pointer()))) {
                            components.put(reference.pointer(), false);
                            return false;
                        }
                        nodes.push(before);
                    }
                }
            }
            for (JsonNode value : node) {
                if (value.isContainerNode()) {
                    nodes.push(value);
                }
            }
        }
        // Everything reachable from each of them was reached too, and found the same.
        reached.forEach(pointer -> components.put(pointer, true));
        return true;
    }
}
