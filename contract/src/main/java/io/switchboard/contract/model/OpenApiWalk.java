package io.switchboard.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Walks the parts of an OpenAPI document that rules, outline and comparison visit: operations and schemas. */
public final class OpenApiWalk {

    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf", "prefixItems");
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "not", "additionalProperties",
            "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs",
            "dependentSchemas");

    private OpenApiWalk() {
    }

    /** Every operation under {@code paths} (and, for 3.1, under {@code webhooks} when asked), in document order. */
    public static List<Operation> operations(JsonNode root) {
        return operationsUnder(root.path("paths"), "/paths");
    }

    public static List<Operation> webhookOperations(JsonNode root) {
        return operationsUnder(root.path("webhooks"), "/webhooks");
    }

    private static List<Operation> operationsUnder(JsonNode paths, String base) {
        List<Operation> found = new ArrayList<>();
        if (!paths.isObject()) {
            return found;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode item = path.getValue();
            if (!item.isObject()) {
                continue;
            }
            String itemPointer = JsonPointers.child(base, path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (METHODS.contains(field.getKey()) && field.getValue().isObject()) {
                    found.add(new Operation(path.getKey(), field.getKey(),
                            JsonPointers.child(itemPointer, field.getKey()), field.getValue(), item));
                }
            }
        }
        return found;
    }

    /**
     * Calls the visitor with every schema object in the document and where it is: components, parameters, headers,
     * media types, and everything nested in them. A {@code $ref} schema is visited as it stands, not followed.
     */
    public static void schemas(JsonNode root, BiConsumer<NodePath, JsonNode> visitor) {
        new SchemaFinder(visitor).visitDocument(root, NodePath.ROOT);
    }

    private record SchemaFinder(BiConsumer<NodePath, JsonNode> visitor) {

        /** Outside schemas, a schema is a value named {@code schema}, or an entry of components/schemas. */
        void visitDocument(JsonNode node, NodePath path) {
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String key = field.getKey();
                    if (!field.getValue().isContainerNode()) {
                        continue;
                    }
                    NodePath child = path.child(key);
                    if (key.equals("schema") && field.getValue().isObject()) {
                        visitSchema(field.getValue(), child);
                    } else if (key.equals("schemas") && "components".equals(path.key()) && path.parent() == NodePath.ROOT) {
                        visitMap(field.getValue(), child);
                    } else if (!key.equals("examples") && !key.equals("example") && !key.startsWith("x-")) {
                        visitDocument(field.getValue(), child);
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    visitDocument(node.get(i), path.child(i));
                }
            }
        }

        void visitSchema(JsonNode schema, NodePath path) {
            if (!schema.isObject()) {
                return;
            }
            visitor.accept(path, schema);
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (SCHEMA_VALUES.contains(key)) {
                    visitSchema(value, path.child(key));
                } else if (SCHEMA_MAPS.contains(key)) {
                    visitMap(value, path.child(key));
                } else if (SCHEMA_LISTS.contains(key) && value.isArray()) {
                    NodePath list = path.child(key);
                    for (int i = 0; i < value.size(); i++) {
                        visitSchema(value.get(i), list.child(i));
                    }
                }
            }
        }

        private void visitMap(JsonNode map, NodePath path) {
            if (!map.isObject()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                visitSchema(entry.getValue(), path.child(entry.getKey()));
            }
        }
    }
}
