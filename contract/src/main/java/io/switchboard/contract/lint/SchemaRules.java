package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.ERROR;
import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.OpenApiVersion;
import io.switchboard.contract.model.NodePath;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Rules about schema objects: enums that match their type, arrays with items, {@code $ref} alone. */
final class SchemaRules {

    private SchemaRules() {
    }

    static List<LintRule> all() {
        return List.of(
                VisitingRule.recommended("typed-enum", WARN, "Enum values must respect the specified type.",
                        SchemaRules::typedEnum),
                VisitingRule.recommended("duplicated-entry-in-enum", WARN,
                        "Enum values must not have duplicate entry.", SchemaRules::duplicatedEnum),
                VisitingRule.recommended("array-items", ERROR,
                        "Schemas with \"type: array\", require a sibling \"items\" field", SchemaRules::arrayItems),
                VisitingRule.recommended("no-$ref-siblings", ERROR, "Property must not be placed among $ref",
                        SchemaRules::refSiblings).only(OpenApiVersion.V3_0));
    }

    private static void typedEnum(LintContext context, NodePath path, JsonNode node) {
        boolean nullableKeyword = context.document().version() == OpenApiVersion.V3_0;
        {
            JsonNode values = node.get("enum");
            JsonNode type = node.get("type");
            if (values == null || !values.isArray() || type == null || "properties".equals(path.key())) {
                return;
            }
            Set<String> types = new HashSet<>();
            if (type.isTextual()) {
                types.add(type.asText());
            } else if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                return;
            }
            if (nullableKeyword && node.path("nullable").asBoolean(false)) {
                types.add("null");
            }
            for (int i = 0; i < values.size(); i++) {
                JsonNode value = values.get(i);
                if (types.stream().noneMatch(t -> JsonTypes.matches(value, t))) {
                    context.report(path.child("enum").child(i).pointer(), "Enum value `" + JsonTypes.show(
                            value) + "` does not respect the specified type `" + String.join(", ", types)
                            + "`.");
                }
            }
        }
    }

    private static void duplicatedEnum(LintContext context, NodePath path, JsonNode node) {
        {
            JsonNode values = node.get("enum");
            if (values == null || !values.isArray() || "properties".equals(path.key())) {
                return;
            }
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                if (!seen.add(values.get(i))) {
                    context.report(path.child("enum").pointer(), "A duplicated entry in the enum was found. "
                            + "Error: must NOT have duplicate items (items ## " + indexOf(values, values.get(i))
                            + " and " + i + " are identical)");
                }
            }
        }
    }

    private static int indexOf(JsonNode array, JsonNode value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static void arrayItems(LintContext context, NodePath path, JsonNode node) {
        {
            JsonNode type = node.get("type");
            boolean array = type != null && (type.isTextual() && type.asText().equals("array")
                    || type.isArray() && contains(type, "array"));
            if (array && !node.has("items") && !"properties".equals(path.key())) {
                context.report(path.pointer(), "Schemas with \"type: array\", require a sibling \"items\" field");
            }
        }
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static void refSiblings(LintContext context, NodePath path, JsonNode node) {
        {
            if (!node.path("$ref").isTextual() || node.size() == 1 || "properties".equals(path.key())) {
                return;
            }
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.equals("$ref")) {
                    context.report(path.child(key).pointer(), "$ref cannot be placed next to any other properties");
                }
            }
        }
    }
}
