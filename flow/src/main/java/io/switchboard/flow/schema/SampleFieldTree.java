package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers a {@link FieldNode} tree from a sample document (JSON, or XML and CSV once read as JSON). The fields of
 * an array's items are the union over all its items; a field is required when every item (or the one object) has
 * it with a non-null value.
 */
public final class SampleFieldTree {

    private SampleFieldTree() {
    }

    public static FieldNode root(JsonNode sample) {
        return node("", List.of(), List.of(sample), true);
    }

    /** {@code values}: every value this field takes in the sample (one per array item above it). */
    private static FieldNode node(String name, List<String> path, List<JsonNode> values, boolean required) {
        FieldType type = typeOf(values);
        if (type == FieldType.ARRAY) {
            List<JsonNode> items = new ArrayList<>();
            values.stream().filter(JsonNode::isArray).forEach(array -> array.forEach(items::add));
            return new FieldNode(name, path, type, typeOf(items), null, required, null,
                    () -> fields(path, items));
        }
        return new FieldNode(name, path, type, null, null, required, null,
                () -> type == FieldType.OBJECT ? fields(path, values) : List.of());
    }

    private static List<FieldNode> fields(List<String> parentPath, List<JsonNode> objects) {
        Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
        long objectCount = objects.stream().filter(JsonNode::isObject).count();
        for (JsonNode object : objects) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.isObject() ? object.fields() : null;
            while (fields != null && fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                byName.computeIfAbsent(field.getKey(), key -> new ArrayList<>()).add(field.getValue());
            }
        }
        List<FieldNode> children = new ArrayList<>();
        byName.forEach((name, values) -> {
            List<String> path = new ArrayList<>(parentPath);
            path.add(name);
            boolean everywhere = values.size() == objectCount && values.stream().noneMatch(JsonNode::isNull);
            children.add(node(name, path, values, everywhere));
        });
        return children;
    }

    private static FieldType typeOf(List<JsonNode> values) {
        FieldType found = null;
        for (JsonNode value : values) {
            FieldType type = typeOf(value);
            if (type == FieldType.NULL) {
                continue;
            }
            if (found == null || found == type) {
                found = type;
            } else if (found.isScalar() && type.isScalar() && (found == FieldType.NUMBER || type == FieldType.NUMBER)
                    && (found == FieldType.INTEGER || type == FieldType.INTEGER)) {
                found = FieldType.NUMBER;
            } else {
                return FieldType.ANY;
            }
        }
        return found == null ? FieldType.ANY : found;
    }

    private static FieldType typeOf(JsonNode value) {
        if (value.isObject()) {
            return FieldType.OBJECT;
        }
        if (value.isArray()) {
            return FieldType.ARRAY;
        }
        if (value.isIntegralNumber()) {
            return FieldType.INTEGER;
        }
        if (value.isNumber()) {
            return FieldType.NUMBER;
        }
        if (value.isBoolean()) {
            return FieldType.BOOLEAN;
        }
        if (value.isTextual()) {
            return FieldType.STRING;
        }
        return FieldType.NULL;
    }
}
