package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.lint.LintContext;
import io.switchboard.contract.lint.LintRule;
import io.switchboard.contract.model.NodePath;
import io.switchboard.contract.model.OpenApiWalk;
import io.switchboard.flow.source.JsonPointers;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Spectral's two example rules: examples of media types, parameters and headers, and examples inside schemas. */
public final class ExampleRules {

    private static final Set<String> SCHEMA_SHAPED = Set.of("enum", "type", "format", "$ref", "properties", "items");

    private ExampleRules() {
    }

    public static List<LintRule> all() {
        return List.of(new MediaExamples(), new SchemaExamples());
    }

    private abstract static class ExampleRule implements LintRule {

        @Override
        public FindingSeverity defaultSeverity() {
            return FindingSeverity.ERROR;
        }

        /** Both example rules validate against the same document's schemas: one validator serves both. */
        static ExampleValidator validator(LintContext context) {
            return context.shared(ExampleValidator.class, () -> new ExampleValidator(context.root(),
                    context.document().version()));
        }

        static ExampleValues values(LintContext context) {
            return context.shared(ExampleValues.class, () -> new ExampleValues(context.root()));
        }

        /**
         * Checks one example value and reports its first error at the place it is written (through the
         * {@code $ref}s inside the value). As in Spectral, a value shared by several places that breaks its schema
         * the same way is reported once.
         */
        static void check(LintContext context, Set<String> reported, String schemaPointer, String valuePointer,
                          JsonNode value, String what, ExampleValidator.Relaxed relaxed) {
            ExampleValues values = values(context);
            String written = values.follow(valuePointer);
            // The same shared example against the same shared schema, from another operation: already checked.
            if (!reported.add("checked\n" + values.follow(schemaPointer) + "\n" + written + "\n" + relaxed)) {
                return;
            }
            validator(context).firstProblems(schemaPointer, values.resolved(value), relaxed).forEach(problem -> {
                String at = values.documentPointer(written, problem.instancePointer());
                String message = subject(problem.instancePointer(), what) + " " + problem.message();
                if (reported.add(at + "\n" + message)) {
                    context.report(at, message);
                }
            });
        }

        /** How Spectral names the value in error: its property, an array item, or the example itself. */
        private static String subject(String instancePointer, String what) {
            if (instancePointer.isEmpty()) {
                return "\"" + what + "\" property";
            }
            String last = JsonPointers.last(instancePointer);
            return last.chars().allMatch(Character::isDigit) ? "Item at index " + last : "\"" + last + "\" property";
        }
    }

    private static final class MediaExamples extends ExampleRule {

        @Override
        public String id() {
            return "oas3-valid-media-example";
        }

        @Override
        public String description() {
            return "Examples must be valid against their defined schema.";
        }

        @Override
        public void check(LintContext context) {
            Set<String> reported = new HashSet<>();
            MediaExampleHolders.each(context.root(), (path, node) -> {
                String schemaPointer = path.child("schema").pointer();
                ExampleValidator.Relaxed relaxed = relaxedAt(path);
                if (node.has("example")) {
                    check(context, reported, schemaPointer, path.child("example").pointer(), node.get("example"),
                            "example", relaxed);
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.path("examples").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> example = it.next();
                    String examplePointer = values(context).follow(path.child("examples").child(example.getKey())
                            .pointer());
                    JsonNode resolved = context.root().at(examplePointer);
                    if (!resolved.isObject() || resolved.has("externalValue")) {
                        continue;
                    }
                    if (!resolved.has("value")) {
                        String message = "\"value\" of example \"" + example.getKey() + "\" must exist";
                        if (reported.add(examplePointer + "\n" + message)) {
                            context.report(examplePointer, message);
                        }
                        continue;
                    }
                    check(context, reported, schemaPointer, JsonPointers.child(examplePointer, "value"),
                            resolved.get("value"), "value", relaxed);
                }
            });
        }

        /** Spectral's paths of request and response media (in components too); parameters and headers keep all. */
        private static ExampleValidator.Relaxed relaxedAt(NodePath path) {
            List<String> segments = JsonPointers.segments(path.pointer());
            if (matches(segments, "components", "requestBodies") || matches(segments, "paths", "*", "*",
                    "requestBody")) {
                return ExampleValidator.Relaxed.READ_ONLY;
            }
            if (matches(segments, "components", "responses") || matches(segments, "paths", "*", "*",
                    "responses")) {
                return ExampleValidator.Relaxed.WRITE_ONLY;
            }
            return ExampleValidator.Relaxed.NOTHING;
        }

        private static boolean matches(List<String> segments, String... prefix) {
            if (segments.size() < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (!prefix[i].equals("*") && !prefix[i].equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class SchemaExamples extends ExampleRule {

        @Override
        public String id() {
            return "oas3-valid-schema-example";
        }

        @Override
        public String description() {
            return "Examples must be valid against their defined schema.";
        }

        @Override
        public void check(LintContext context) {
            Set<String> reported = new HashSet<>();
            OpenApiWalk.schemas(context.root(), (path, schema) -> {
                if (!schema.has("example") && !schema.has("default")
                        || SCHEMA_SHAPED.stream().noneMatch(schema::has)) {
                    return;
                }
                String pointer = path.pointer();
                for (String field : List.of("example", "default")) {
                    if (schema.has(field)) {
                        check(context, reported, pointer, pointer + "/" + field, schema.get(field), field,
                                ExampleValidator.Relaxed.NOTHING);
                    }
                }
            });
        }
    }
}
