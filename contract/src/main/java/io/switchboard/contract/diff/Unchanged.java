package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.refs.Reference;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

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

    /** Every local reference inside leads to a target that is itself the same in both versions. */
    private boolean referencesSame(JsonNode node) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !targetSame(Reference.parse("", ref.asText()))) {
                return false;
            }
            for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
                JsonNode value = values.next();
                if (value.isContainerNode() && !referencesSame(value)) {
                    return false;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode value : node) {
                if (value.isContainerNode() && !referencesSame(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean targetSame(Reference reference) {
        if (!reference.isLocal()) {
            return true;
        }
        String pointer = reference.pointer();
        Boolean known = components.get(pointer);
        if (known != null) {
            return known;
        }
        components.put(pointer, true);
        JsonNode before = baseRoot.at(pointer);
        JsonNode after = revisionRoot.at(pointer);
        boolean same = before.equals(after) && referencesSame(before);
        components.put(pointer, same);
        return same;
    }
}
