package io.switchboard.flow.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one way the studio writes its files (mappings, flows): stable and made for {@code git diff}. A small object
 * stays on one line ({@code { "target": "city", "expression": ".address.city" }}), each element of a list on its
 * own line, and an object whose last field is a list hangs that list ({@code { "target": "customer", "rules": [}),
 * as a person writes them; so a changed expression is a changed line, and saving twice changes nothing.
 */
public final class CanonicalJson {

    /** A line longer than this is broken up. */
    static final int WIDTH = 120;
    private static final String INDENT = "  ";
    private static final ObjectMapper SCALARS = new ObjectMapper();

    private CanonicalJson() {
    }

    public static String write(JsonNode value) {
        StringBuilder out = new StringBuilder();
        value(out, value, 0);
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, JsonNode node, int depth) {
        String inline = inline(node);
        if (!node.isContainerNode() || inline != null && depth * INDENT.length() + inline.length() <= WIDTH) {
            out.append(inline);
        } else if (node.isArray()) {
            array(out, node, depth);
        } else {
            object(out, node, depth);
        }
    }

    private static void array(StringBuilder out, JsonNode array, int depth) {
        out.append('[');
        elements(out, array, depth);
        out.append(']');
    }

    /** Each element on its own line, one level in; the closing bracket back at {@code depth}. */
    private static void elements(StringBuilder out, JsonNode array, int depth) {
        Iterator<JsonNode> items = array.elements();
        while (items.hasNext()) {
            out.append('\n').append(INDENT.repeat(depth + 1));
            element(out, items.next(), depth + 1);
            if (items.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append(INDENT.repeat(depth));
    }

    /** An element of a list: inline, or an object whose last field hangs, or written out. */
    private static void element(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject() && hangs(node, depth)) {
            List<Map.Entry<String, JsonNode>> fields = fields(node);
            Map.Entry<String, JsonNode> last = fields.get(fields.size() - 1);
            out.append("{ ");
            for (Map.Entry<String, JsonNode> field : fields.subList(0, fields.size() - 1)) {
                out.append(text(field.getKey())).append(": ").append(inline(field.getValue())).append(", ");
            }
            out.append(text(last.getKey())).append(": [");
            elements(out, last.getValue(), depth);
            out.append("] }");
            return;
        }
        value(out, node, depth);
    }

    /** Whether an object's fields but the last are small and the last is a non-empty list: it then hangs. */
    private static boolean hangs(JsonNode node, int depth) {
        List<Map.Entry<String, JsonNode>> fields = fields(node);
        String whole = inline(node);
        if (fields.isEmpty() || !fields.get(fields.size() - 1).getValue().isArray()
                || fields.get(fields.size() - 1).getValue().isEmpty()
                || whole != null && depth * INDENT.length() + whole.length() <= WIDTH) {
            return false;
        }
        int width = depth * INDENT.length() + 2;
        for (Map.Entry<String, JsonNode> field : fields.subList(0, fields.size() - 1)) {
            String small = inline(field.getValue());
            if (small == null) {
                return false;
            }
            width += text(field.getKey()).length() + 2 + small.length() + 2;
        }
        return width + text(fields.get(fields.size() - 1).getKey()).length() + 3 <= WIDTH;
    }

    private static void object(StringBuilder out, JsonNode object, int depth) {
        List<Map.Entry<String, JsonNode>> fields = fields(object);
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
            out.append('\n').append(INDENT.repeat(depth + 1)).append(text(fields.get(i).getKey())).append(": ");
            value(out, fields.get(i).getValue(), depth + 1);
            if (i < fields.size() - 1) {
                out.append(',');
            }
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    /**
     * The node on one line, or null when it holds a list of objects or lists, or an object nested two deep (those
     * read better written out).
     */
    static String inline(JsonNode node) {
        if (node.isValueNode() || node.isNull()) {
            return scalar(node);
        }
        if (node.isEmpty()) {
            return node.isArray() ? "[]" : "{}";
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isValueNode() && !item.isNull()) {
                    return null;
                }
                parts.add(scalar(item));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        for (Map.Entry<String, JsonNode> field : fields(node)) {
            JsonNode value = field.getValue();
            // One level of small objects or lists of scalars inside a line, not more.
            if (value.isObject() && value.properties().stream().anyMatch(inner -> inner.getValue().isContainerNode())
                    || value.isArray() && value.valueStream().anyMatch(JsonNode::isContainerNode)) {
                return null;
            }
            String small = inline(value);
            if (small == null) {
                return null;
            }
            parts.add(text(field.getKey()) + ": " + small);
        }
        return "{ " + String.join(", ", parts) + " }";
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return new ArrayList<>(node.properties());
    }

    private static String scalar(JsonNode node) {
        try {
            return SCALARS.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scalar cannot be written: " + node, e);
        }
    }

    private static String text(String value) {
        try {
            return SCALARS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
