package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link FieldNode} tree from a JSON Schema or an OpenAPI schema object: follows {@code $ref}, merges
 * {@code allOf}, takes the first alternative of {@code oneOf}/{@code anyOf} that describes an object, and reads
 * {@code type} lists such as {@code ["string", "null"]} (OpenAPI 3.1) as the non-null type.
 */
public final class SchemaFieldTree {

    private final SchemaResolver resolver;

    public SchemaFieldTree(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    /** The tree of the document a schema describes; the root has an empty name and path. */
    public FieldNode root(ResolvedSchema schema) {
        return node("", List.of(), schema, true);
    }

    private FieldNode node(String name, List<String> path, ResolvedSchema schema, boolean required) {
        List<ResolvedSchema> parts = parts(schema);
        FieldType type = typeOf(parts);
        String format = text(parts, "format");
        String description = text(parts, "description");
        if (type == FieldType.ARRAY) {
            ResolvedSchema items = items(parts);
            FieldType itemType = items == null ? FieldType.ANY : typeOf(parts(items));
            return new FieldNode(name, path, type, itemType, format, required, description,
                    () -> items == null ? List.of() : properties(path, parts(items)));
        }
        return new FieldNode(name, path, type, null, format, required, description,
                () -> type == FieldType.OBJECT || type == FieldType.ANY ? properties(path, parts) : List.of());
    }

    private List<FieldNode> properties(List<String> parentPath, List<ResolvedSchema> parts) {
        Map<String, ResolvedSchema> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        for (ResolvedSchema part : parts) {
            JsonNode declared = part.node().get("properties");
            if (declared != null && declared.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = declared.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String pointer = part.pointer() + "/properties/"
                            + field.getKey().replace("~", "~0").replace("/", "~1");
                    properties.putIfAbsent(field.getKey(), new ResolvedSchema(part.document(), pointer, field.getValue()));
                }
            }
            JsonNode names = part.node().get("required");
            if (names != null && names.isArray()) {
                names.forEach(n -> required.add(n.asText()));
            }
        }
        List<FieldNode> children = new ArrayList<>(properties.size());
        properties.forEach((name, schema) -> {
            List<String> path = new ArrayList<>(parentPath);
            path.add(name);
            children.add(node(name, path, schema, required.contains(name)));
        });
        return children;
    }

    /** The schema, dereferenced, with its {@code allOf} members and its first object alternative. */
    private List<ResolvedSchema> parts(ResolvedSchema schema) {
        List<ResolvedSchema> parts = new ArrayList<>();
        collect(schema, parts, 0);
        return parts;
    }

    private void collect(ResolvedSchema schema, List<ResolvedSchema> into, int depth) {
        ResolvedSchema current;
        try {
            current = resolver.dereference(schema);
        } catch (SchemaResolutionException e) {
            return;
        }
        into.add(current);
        if (depth > 16) {
            return;
        }
        JsonNode allOf = current.node().get("allOf");
        if (allOf != null && allOf.isArray()) {
            for (int i = 0; i < allOf.size(); i++) {
                collect(new ResolvedSchema(current.document(), current.pointer() + "/allOf/" + i, allOf.get(i)), into,
                        depth + 1);
            }
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            JsonNode options = current.node().get(alternatives);
            if (options != null && options.isArray() && options.size() > 0 && !current.node().has("properties")) {
                for (int i = 0; i < options.size(); i++) {
                    ResolvedSchema option = new ResolvedSchema(current.document(),
                            current.pointer() + "/" + alternatives + "/" + i, options.get(i));
                    List<ResolvedSchema> optionParts = new ArrayList<>();
                    collect(option, optionParts, depth + 1);
                    FieldType optionType = typeOf(optionParts);
                    if (optionType != FieldType.NULL) {
                        into.addAll(optionParts);
                        break;
                    }
                }
            }
        }
    }

    private static FieldType typeOf(List<ResolvedSchema> parts) {
        for (ResolvedSchema part : parts) {
            JsonNode type = part.node().get("type");
            if (type != null && type.isTextual()) {
                return FieldType.ofSchemaType(type.asText());
            }
            if (type != null && type.isArray()) {
                for (JsonNode option : type) {
                    if (!"null".equals(option.asText())) {
                        return FieldType.ofSchemaType(option.asText());
                    }
                }
            }
        }
        for (ResolvedSchema part : parts) {
            if (part.node().has("properties")) {
                return FieldType.OBJECT;
            }
            if (part.node().has("items")) {
                return FieldType.ARRAY;
            }
        }
        return FieldType.ANY;
    }

    private static ResolvedSchema items(List<ResolvedSchema> parts) {
        for (ResolvedSchema part : parts) {
            JsonNode items = part.node().get("items");
            if (items != null && items.isObject()) {
                return new ResolvedSchema(part.document(), part.pointer() + "/items", items);
            }
        }
        return null;
    }

    private static String text(List<ResolvedSchema> parts, String keyword) {
        for (ResolvedSchema part : parts) {
            JsonNode value = part.node().get(keyword);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }
}
