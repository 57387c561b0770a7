package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.refs.Reference;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What stops Spectral from checking an example at all, found before checking it. Spectral inlines every
 * {@code $ref} and compiles the schema with ajv: a schema that has {@code nullable} but no {@code type} fails that
 * compilation (and is the one finding of the example), and a reference back into itself is left unresolved, so the
 * example is not checked. Schemas found free of both are remembered, so a document is walked about once in all.
 */
final class SchemaCompileCheck {

    /** Why a schema cannot be compiled: the offending schema's pointer, or a cycle. */
    record Outcome(String nullableWithoutType, boolean circular) {

        static final Outcome COMPILES = new Outcome(null, false);
    }

    private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "dependentSchemas",
            "dependencies");
    private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
    private static final List<String> SCHEMAS = List.of("additionalProperties", "items", "additionalItems",
            "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedProperties", "unevaluatedItems");

    private final JsonNode root;
    private final Set<String> clean = new HashSet<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();

    SchemaCompileCheck(JsonNode root) {
        this.root = root;
    }

    Outcome check(String pointer) {
        return outcomes.computeIfAbsent(pointer, this::walk);
    }

    /** Whether the schema is only a {@code $ref} whose chain comes back to itself and never reaches a schema. */
    boolean endlessChain(String pointer) {
        Set<String> seen = new HashSet<>();
        String current = pointer;
        while (current != null && seen.add(current)) {
            current = localRef(root.at(current));
        }
        return current != null;
    }

    /** Depth first through the inlined schema; an exit marker takes a reference target off the current path. */
    private Outcome walk(String start) {
        Deque<Step> steps = new ArrayDeque<>();
        Set<String> onPath = new HashSet<>();
        Set<String> dirty = new HashSet<>();
        steps.push(new Step(start, false));
        boolean circular = false;
        while (!steps.isEmpty()) {
            Step step = steps.pop();
            if (step.exit()) {
                onPath.remove(step.pointer());
                if (!dirty.contains(step.pointer())) {
                    clean.add(step.pointer());
                }
                continue;
            }
            JsonNode schema = root.at(step.pointer());
            if (!schema.isObject()) {
                continue;
            }
            String target = localRef(schema);
            if (target != null) {
                if (onPath.contains(target)) {
                    circular = true;
                    dirty.addAll(onPath);
                } else if (!clean.contains(target) && !root.at(target).isMissingNode()) {
                    onPath.add(target);
                    steps.push(new Step(target, true));
                    steps.push(new Step(target, false));
                }
                continue;
            }
            if (schema.has("nullable") && !schema.has("type")) {
                return new Outcome(step.pointer(), circular);
            }
            pushChildren(step.pointer(), schema, steps);
        }
        return circular ? new Outcome(null, true) : Outcome.COMPILES;
    }

    private static void pushChildren(String pointer, JsonNode schema, Deque<Step> steps) {
        Deque<Step> children = new ArrayDeque<>();
        for (String keyword : SCHEMA_MAPS) {
            JsonNode map = schema.get(keyword);
            if (map != null && map.isObject()) {
                for (Iterator<String> names = map.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    children.add(new Step(JsonPointers.child(JsonPointers.child(pointer, keyword), name), false));
                }
            }
        }
        for (String keyword : SCHEMA_LISTS) {
            JsonNode list = schema.get(keyword);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    children.add(new Step(JsonPointers.child(JsonPointers.child(pointer, keyword), i), false));
                }
            }
        }
        for (String keyword : SCHEMAS) {
            JsonNode child = schema.get(keyword);
            if (child != null && child.isObject()) {
                children.add(new Step(JsonPointers.child(pointer, keyword), false));
            }
        }
        // Pushed in reverse so they are visited in the order written.
        children.descendingIterator().forEachRemaining(steps::push);
    }

    private static String localRef(JsonNode schema) {
        if (!schema.path("$ref").isTextual()) {
            return null;
        }
        Reference reference = Reference.parse("", schema.path("$ref").asText());
        return reference.isLocal() ? reference.pointer() : null;
    }

    private record Step(String pointer, boolean exit) {
    }
}
