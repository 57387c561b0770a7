package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.lint.LintContext;
import io.switchboard.contract.lint.LintRule;
import io.switchboard.contract.model.DocumentWalk;
import io.switchboard.contract.model.OpenApiWalk;
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

        static void check(LintContext context, ExampleValidator validator, String schemaPointer, String valuePointer,
                          JsonNode value, String what) {
            for (ExampleValidator.Problem problem : validator.validate(schemaPointer, value)) {
                context.report(valuePointer + problem.instancePointer(), "\"" + what + "\" property "
                        + problem.message());
            }
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
            ExampleValidator validator = validator(context);
            DocumentWalk.objects(context.root(), (path, node) -> {
                JsonNode schema = node.get("schema");
                if (schema == null || !schema.isObject() || !(node.has("example") || node.has("examples"))) {
                    return;
                }
                String schemaPointer = path.child("schema").pointer();
                if (node.has("example")) {
                    check(context, validator, schemaPointer, path.child("example").pointer(), node.get("example"),
                            "example");
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.path("examples").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> example = it.next();
                    JsonNode resolved = context.dereference(example.getValue());
                    if (resolved.has("value") && example.getValue().has("value")) {
                        check(context, validator, schemaPointer, path.child("examples").child(example.getKey())
                                .child("value").pointer(), resolved.get("value"), "value");
                    }
                }
            });
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
            ExampleValidator validator = validator(context);
            OpenApiWalk.schemas(context.root(), (path, schema) -> {
                if (!schema.has("example") && !schema.has("default")
                        || SCHEMA_SHAPED.stream().noneMatch(schema::has)) {
                    return;
                }
                String pointer = path.pointer();
                for (String field : List.of("example", "default")) {
                    if (schema.has(field)) {
                        check(context, validator, pointer, pointer + "/" + field, schema.get(field), field);
                    }
                }
            });
        }
    }
}
