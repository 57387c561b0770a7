package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.switchboard.contract.refs.Reference;
import io.switchboard.flow.source.JsonPointers;

/** A value in one version with the pointer it was found at, after following local {@code $ref}s. */
record Side(String pointer, JsonNode node) {

    static Side of(JsonNode root, String pointer) {
        return new Side(pointer, root.at(pointer));
    }

    boolean exists() {
        return !node.isMissingNode() && !node.isNull();
    }

    Side child(String key) {
        JsonNode value = node.get(key);
        return new Side(JsonPointers.child(pointer, key), value == null ? MissingNode.getInstance() : value);
    }

    Side child(int index) {
        JsonNode value = node.get(index);
        return new Side(JsonPointers.child(pointer, index), value == null ? MissingNode.getInstance() : value);
    }

    /** Follows {@code $ref}s inside the same document; a reference to another file stays as it is. */
    Side dereference(JsonNode root) {
        Side current = this;
        for (int hops = 0; hops < 16 && current.node.isObject() && current.node.path("$ref").isTextual(); hops++) {
            Reference reference = Reference.parse("", current.node.path("$ref").asText());
            if (!reference.isLocal()) {
                return current;
            }
            current = new Side(reference.pointer(), root.at(reference.pointer()));
        }
        return current;
    }
}
