package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Turns a schema inside a contract into a self-contained JSON Schema (draft-07) that a stock validator can use:
 * every schema it references is copied under {@code definitions}, and OpenAPI 3.0's {@code nullable} and other
 * OpenAPI-only keywords are translated or dropped.
 */
public final class StandaloneSchemaWriter {

    private static final Set<String> OPENAPI_ONLY = Set.of("discriminator", "xml", "externalDocs", "example");

    private static final Set<String> NAMED_SCHEMAS = Set.of("properties", "patternProperties");

    private final SchemaResolver resolver;

    public StandaloneSchemaWriter(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    public ObjectNode write(ResolvedSchema root) throws SchemaResolutionException {
        Deque<ResolvedSchema> pending = new ArrayDeque<>();
        Map<String, String> nameByRef = new HashMap<>();
        ObjectNode definitions = JsonNodeFactory.instance.objectNode();

        JsonNode converted = convert(root.node(), root, pending, nameByRef);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("$schema", "http://json-schema.org/draft-07/schema#");
        out.put("title", root.name());
        if (converted.isObject()) {
            out.setAll((ObjectNode) converted);
        }
        while (!pending.isEmpty()) {
            ResolvedSchema next = pending.pop();
            String name = nameByRef.get(key(next));
            definitions.set(name, convert(next.node(), next, pending, nameByRef));
        }
        if (!definitions.isEmpty()) {
            out.set("definitions", definitions);
        }
        return out;
    }

    private JsonNode convert(JsonNode node, ResolvedSchema context, Deque<ResolvedSchema> pending,
                             Map<String, String> nameByRef) throws SchemaResolutionException {
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : node) {
                array.add(convert(item, context, pending, nameByRef));
            }
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if ("$ref".equals(name) && value.isTextual()) {
                out.put("$ref", "#/definitions/" + register(context, value.asText(), pending, nameByRef));
            } else if (NAMED_SCHEMAS.contains(name) && value.isObject()) {
                out.set(name, convertNamed(value, context, pending, nameByRef));
            } else if (!OPENAPI_ONLY.contains(name) && !name.startsWith("x-") && !"nullable".equals(name)) {
                out.set(name, convert(value, context, pending, nameByRef));
            }
        }
        if (node.path("nullable").asBoolean(false) && out.get("type") != null && out.get("type").isTextual()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(out.get("type").asText()).add("null");
            out.set("type", types);
        }
        return out;
    }

    /** Under "properties" the keys are field names, not keywords: keep every one, convert the schemas. */
    private JsonNode convertNamed(JsonNode node, ResolvedSchema context, Deque<ResolvedSchema> pending,
                                  Map<String, String> nameByRef) throws SchemaResolutionException {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.set(field.getKey(), convert(field.getValue(), context, pending, nameByRef));
        }
        return out;
    }

    private String register(ResolvedSchema context, String ref, Deque<ResolvedSchema> pending,
                            Map<String, String> nameByRef) throws SchemaResolutionException {
        ResolvedSchema target = resolver.follow(context.document(), ref);
        String key = key(target);
        String existing = nameByRef.get(key);
        if (existing != null) {
            return existing;
        }
        String name = target.name().replaceAll("[^A-Za-z0-9_.-]", "_");
        String unique = name;
        for (int n = 2; nameByRef.containsValue(unique); n++) {
            unique = name + "_" + n;
        }
        nameByRef.put(key, unique);
        pending.push(target);
        return unique;
    }

    private static String key(ResolvedSchema schema) {
        return schema.document().file() + "#" + schema.pointer();
    }
}
