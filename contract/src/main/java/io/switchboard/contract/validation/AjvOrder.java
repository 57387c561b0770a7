package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Orders a validator's errors the way Spectral meets them. Spectral checks an example with ajv, which stops at the
 * first error: keywords that apply to any value first (enum, allOf…), then those for numbers, strings, arrays and
 * objects in ajv's own order (required before properties), properties in the schema's order, items in the value's.
 * The validator here reports every error; the first by this order is the one Spectral shows.
 */
final class AjvOrder {

    private static final List<String> ANY = List.of("const", "enum", "not", "anyOf", "oneOf", "allOf", "if",
            "then", "else");
    private static final List<String> NUMBER = List.of("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum",
            "multipleOf", "format");
    private static final List<String> STRING = List.of("maxLength", "minLength", "pattern", "format");
    private static final List<String> ARRAY = List.of("maxItems", "minItems", "uniqueItems", "prefixItems",
            "additionalItems", "items", "contains", "minContains", "maxContains");
    private static final List<String> OBJECT = List.of("maxProperties", "minProperties", "required",
            "dependentRequired", "propertyNames", "additionalProperties", "dependencies", "dependentSchemas",
            "properties", "patternProperties");
    private static final List<List<String>> GROUPS = List.of(ANY, NUMBER, STRING, ARRAY, OBJECT);
    private static final List<String> GROUP_TYPES = List.of("", "number", "string", "array", "object");
    private static final int GROUP = 100;
    private static final int LAST = GROUP * (GROUPS.size() + 1);

    private final UnaryOperator<JsonNode> dereference;

    /** @param dereference what a schema's local {@code $ref} leads to (the schema itself when it has none) */
    AjvOrder(UnaryOperator<JsonNode> dereference) {
        this.dereference = dereference;
    }

    /**
     * An error's place in ajv's order (compared rank by rank; shorter first when one starts the other), and the
     * first {@code anyOf} or {@code oneOf} it was found under: Spectral shows every branch's error of a failed one.
     *
     * @param combinatorAt the index in {@code ranks} of the combinator's rank, or -1
     * @param combinatorInstance where in the value the combinator applied
     */
    record Key(List<Integer> ranks, int combinatorAt, String combinator, String combinatorInstance) {

        boolean sharesCombinatorWith(Key other) {
            return combinatorAt >= 0 && other.ranks.size() > combinatorAt
                    && other.ranks.subList(0, combinatorAt + 1).equals(ranks.subList(0, combinatorAt + 1));
        }

        /** The branch of the combinator the error was found in, or -1 for the combinator's own error. */
        int branch() {
            return ranks.size() > combinatorAt + 1 ? ranks.get(combinatorAt + 1) : -1;
        }
    }

    Key key(JsonNode schema, int skippedSegments, ValidationMessage message, JsonNode instance) {
        List<Integer> ranks = new ArrayList<>();
        int[] combinatorAt = {-1};
        String[] combinator = {null};
        String[] combinatorInstance = {null};
        List<Object> at = segments(message.getInstanceLocation());
        walk(schema, skippedSegments, message, instance, ranks, (keyword, consumed) -> {
            if (combinatorAt[0] < 0 && (keyword.equals("anyOf") || keyword.equals("oneOf"))) {
                combinatorAt[0] = ranks.size() - 1;
                combinator[0] = keyword;
                combinatorInstance[0] = pointer(at.subList(0, consumed));
            }
        });
        return new Key(ranks, combinatorAt[0], combinator[0], combinatorInstance[0]);
    }

    private interface Visited {
        void keyword(String keyword, int consumed);
    }

    private void walk(JsonNode schema, int skippedSegments, ValidationMessage message, JsonNode instance,
                      List<Integer> key, Visited visited) {
        List<Object> evaluation = segments(message.getEvaluationPath());
        List<Object> at = segments(message.getInstanceLocation());
        JsonNode current = dereference.apply(schema);
        JsonNode value = instance;
        int consumed = 0;
        for (int i = skippedSegments; i < evaluation.size() && current != null; i++) {
            String keyword = String.valueOf(evaluation.get(i));
            if (keyword.equals("$ref")) {
                continue; // every schema here is already the end of its reference chain
            }
            key.add(rank(current, keyword, value));
            visited.keyword(keyword, consumed);
            JsonNode next = current.get(keyword);
            switch (keyword) {
                case "properties", "patternProperties", "dependencies", "dependentSchemas" -> {
                    String name = i + 1 < evaluation.size() ? String.valueOf(evaluation.get(++i)) : "";
                    key.add(indexOfField(next, name));
                    current = next == null ? null : dereference.apply(next.path(name));
                    if (keyword.endsWith("roperties") && consumed < at.size()) {
                        value = value.path(String.valueOf(at.get(consumed++)));
                    }
                }
                case "allOf", "anyOf", "oneOf", "prefixItems" -> {
                    if (i + 1 >= evaluation.size()) {
                        return; // the combinator's own error, after its branches' errors
                    }
                    int index = asIndex(evaluation.get(++i));
                    key.add(index);
                    current = next == null ? null : dereference.apply(next.path(index));
                    if (keyword.equals("prefixItems") && consumed < at.size()) {
                        value = value.path(asIndex(at.get(consumed++)));
                    }
                }
                case "items", "additionalItems", "contains", "unevaluatedItems" -> {
                    int index = consumed < at.size() ? asIndex(at.get(consumed++)) : 0;
                    if (next != null && next.isArray()) {
                        i++;
                        next = next.path(index);
                    }
                    key.add(index);
                    current = next == null ? null : dereference.apply(next);
                    value = value.path(index);
                }
                case "additionalProperties", "unevaluatedProperties" -> {
                    String name = consumed < at.size() ? String.valueOf(at.get(consumed++)) : "";
                    key.add(indexOfField(value, name));
                    current = next == null ? null : dereference.apply(next);
                    value = value.path(name);
                }
                case "not", "if", "then", "else", "propertyNames" ->
                        current = next == null ? null : dereference.apply(next);
                case "required" -> {
                    key.add(indexOf(next, message.getProperty()));
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }

    /**
     * A keyword's rank inside one schema. A type error comes first, unless the schema names a single type that has
     * keywords of its own: then ajv reports it where that type's keywords would have run.
     */
    private static int rank(JsonNode schema, String keyword, JsonNode value) {
        if (keyword.equals("type")) {
            JsonNode type = schema.path("type");
            int group = GROUP_TYPES.indexOf(type.asText());
            if (type.isTextual() && group > 0 && GROUPS.get(group).stream().anyMatch(schema::has)) {
                return group * GROUP + GROUP - 1;
            }
            return -1;
        }
        if (keyword.equals("format")) {
            return (value.isNumber() ? 1 : 2) * GROUP + (value.isNumber() ? NUMBER : STRING).indexOf("format");
        }
        for (int group = 0; group < GROUPS.size(); group++) {
            int index = GROUPS.get(group).indexOf(keyword);
            if (index >= 0) {
                return group * GROUP + index;
            }
        }
        return LAST;
    }

    static int compare(Key left, Key right) {
        return compare(left.ranks(), right.ranks());
    }

    private static String pointer(List<Object> segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    static int compare(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Integer.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int indexOfField(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return 0;
        }
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); index++) {
            if (it.next().getKey().equals(name)) {
                return index;
            }
        }
        return index;
    }

    private static int indexOf(JsonNode array, String text) {
        if (array == null || !array.isArray() || text == null) {
            return 0;
        }
        for (int i = 0; i < array.size(); i++) {
            if (text.equals(array.get(i).asText())) {
                return i;
            }
        }
        return array.size();
    }

    private static int asIndex(Object segment) {
        if (segment instanceof Integer number) {
            return number;
        }
        try {
            return Integer.parseInt(String.valueOf(segment));
        } catch (NumberFormatException notIndex) {
            return 0;
        }
    }

    private static List<Object> segments(JsonNodePath path) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            segments.add(path.getElement(i));
        }
        return segments;
    }
}
