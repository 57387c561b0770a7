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
     * When one differs, every component on the way to it is remembered as differing too, so that the next question
     * about any of them is answered at once (a chain differing at its end is walked once, not once per link).
     */
    private boolean referencesSame(JsonNode start) {
        record Visit(JsonNode node, String component) {
        }
        Deque<Visit> nodes = new ArrayDeque<>();
        nodes.push(new Visit(start, null));
        Map<String, String> reachedFrom = new HashMap<>();
        while (!nodes.isEmpty()) {
            Visit visit = nodes.pop();
            JsonNode node = visit.node();
            JsonNode ref = node.isObject() ? node.get("$ref") : null;
            if (ref != null && ref.isTextual()) {
                Reference reference = Reference.parse("", ref.asText());
                String pointer = reference.pointer();
                if (reference.isLocal() && !reachedFrom.containsKey(pointer)) {
                    reachedFrom.put(pointer, visit.component());
                    Boolean known = components.get(pointer);
                    if (Boolean.FALSE.equals(known)) {
                        differs(pointer, reachedFrom);
                        return false;
                    }
                    if (known == null) {
                        JsonNode before = baseRoot.at(pointer);
                        if (!before.equals(revisionRoot.at(pointer))) {
                            differs(pointer, reachedFrom);
                            return false;
                        }
                        nodes.push(new Visit(before, pointer));
                    }
                }
            }
            for (JsonNode value : node) {
                if (value.isContainerNode()) {
                    nodes.push(new Visit(value, visit.component()));
                }
            }
        }
        // Everything reachable from each of them was reached too, and found the same.
        reachedFrom.keySet().forEach(pointer -> components.put(pointer, true));
        return true;
    }

    /** The component differs, and so does each one on the way from the start to it. */
    private void differs(String pointer, Map<String, String> reachedFrom) {
        for (String at = pointer; at != null; at = reachedFrom.get(at)) {
            components.put(at, false);
        }
    }
}
