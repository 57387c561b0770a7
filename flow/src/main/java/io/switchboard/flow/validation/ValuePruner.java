package io.switchboard.flow.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.source.JsonPointers;
import java.util.Set;

/** Copies a tree with the values at some pointers set to null, so that what remains can be bound and checked. */
final class ValuePruner {

    private ValuePruner() {
    }

    static JsonNode without(JsonNode root, Set<String> pointers) {
        if (pointers.isEmpty()) {
            return root;
        }
        JsonNode copy = root.deepCopy();
        pointers.forEach(pointer -> remove(copy, pointer));
        return copy;
    }

    /**
     * Removes a field, or nulls an array item so later items keep their indexes (and their findings their paths).
     * A bad {@code type} discriminator takes its whole object along, since nothing else in it can be read.
     */
    private static void remove(JsonNode root, String pointer) {
        String target = lastToken(pointer).equals("type") ? JsonPointers.parent(pointer) : pointer;
        if (target.isEmpty()) {
            return;
        }
        JsonNode parent = root.at(JsonPointers.parent(target));
        String last = lastToken(target);
        if (parent instanceof ObjectNode object) {
            object.putNull(last);
        } else if (parent instanceof ArrayNode array && last.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(last);
            if (index < array.size()) {
                array.set(index, NullNode.getInstance());
            }
        }
    }

    private static String lastToken(String pointer) {
        return JsonPointers.last(pointer);
    }
}
