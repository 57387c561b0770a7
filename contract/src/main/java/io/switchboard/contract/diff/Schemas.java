package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads schema facts the same way for 3.0 ({@code nullable}) and 3.1 (a type list with {@code "null"}). */
final class Schemas {

    private Schemas() {
    }

    /** The declared types without {@code null}; empty when the schema declares none. */
    static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(item -> types.add(item.asText()));
        } else {
            types.add(type.asText());
        }
        types.remove("null");
        return types;
    }

    static boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode item : type) {
                if (item.asText().equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<String> required(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** A short name for an inline schema in a composition list. */
    static String describe(JsonNode schema) {
        Set<String> types = types(schema);
        if (!types.isEmpty()) {
            return String.join("/", types);
        }
        return schema.has("properties") ? "object" : "schema";
    }
}
