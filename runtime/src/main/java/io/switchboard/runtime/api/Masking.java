package io.switchboard.runtime.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flow.model.MaskingRule;
import io.switchboard.flow.source.JsonPointers;
import io.switchboard.runtimeclient.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hides the values a flow's masking rules name; a payload that is not JSON is hidden whole. */
final class Masking {

    static final String MASK = "***";

    private Masking() {
    }

    static String mask(byte[] payload, List<MaskingRule> rules) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(payload);
        } catch (IOException e) {
            return MASK;
        }
        if (root == null) {
            return "";
        }
        for (MaskingRule rule : rules) {
            mask(root, JsonPointers.segments(rule.path()).toArray(String[]::new), 0);
        }
        return root.toString();
    }

    static String clear(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }

    private static void mask(JsonNode node, String[] path, int depth) {
        if (node == null || depth >= path.length) {
            return;
        }
        String step = path[depth];
        boolean last = depth == path.length - 1;
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (step.equals("*") || step.equals(String.valueOf(i))) {
                    if (last) {
                        array.set(i, array.textNode(MASK));
                    } else {
                        mask(array.get(i), path, depth + 1);
                    }
                }
            }
        } else if (node instanceof ObjectNode object && object.has(step)) {
            if (last) {
                object.put(step, MASK);
            } else {
                mask(object.get(step), path, depth + 1);
            }
        }
    }
}
