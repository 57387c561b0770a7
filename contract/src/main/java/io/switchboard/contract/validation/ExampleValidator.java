package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import com.networknt.schema.oas.OpenApi31;
import com.networknt.schema.resource.InputStreamSource;
import io.switchboard.contract.OpenApiVersion;
import io.switchboard.flow.source.JsonPointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks example values against the schemas beside them, with the dialect of the document's OpenAPI version (3.0's
 * {@code nullable}, 3.1's JSON Schema 2020-12). Schemas are compiled once per pointer and validation.
 */
final class ExampleValidator {

    /** One way an example breaks its schema: where inside the example, and why. */
    record Problem(String instancePointer, String message) {
    }

    /** Where the example is used: Spectral lets a request leave out read-only properties, a response write-only. */
    enum Relaxed {
        NOTHING(null), READ_ONLY("readOnly"), WRITE_ONLY("writeOnly");

        private final String keyword;

        Relaxed(String keyword) {
            this.keyword = keyword;
        }

        boolean excuses(ValidationMessage message, JsonNode root) {
            if (keyword == null || !message.getType().equals("required")) {
                return false;
            }
            String location = message.getSchemaLocation().toString();
            int hash = location.indexOf('#');
            String required = hash >= 0 ? location.substring(hash + 1) : "";
            JsonNode property = root.at(JsonPointers.parent(required)).path("properties")
                    .path(String.valueOf(message.getProperty()));
            for (int hops = 0; hops < 16 && property.path("$ref").isTextual(); hops++) {
                String ref = property.path("$ref").asText();
                property = ref.startsWith("#/") ? root.at(ref.substring(1)) : property.path("none");
            }
            return property.path(keyword).asBoolean(false);
        }
    }

    /** Real schemas nest a few dozen levels; the validator's recursion holds several hundred on a 1 MB stack. */
    static final int MAX_SCHEMA_DEPTH = 128;

    private final JsonNode root;
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final ReachableSchemaDepth depth;
    private final JsonSchema document;
    private final SchemaCompileCheck compileCheck;
    private final AjvOrder order;

    ExampleValidator(JsonNode root, OpenApiVersion version) {
        this.root = root;
        this.depth = new ReachableSchemaDepth(root, MAX_SCHEMA_DEPTH);
        this.compileCheck = new SchemaCompileCheck(root);
        ExampleValues references = new ExampleValues(root);
        this.order = new AjvOrder(schema -> references.dereference(schema));
        JsonMetaSchema dialect = JsonMetaSchema.builder(version == OpenApiVersion.V3_1
                        ? OpenApi31.getInstance() : OpenApi30.getInstance())
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .keyword(new NullableEnumKeyword())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version == OpenApiVersion.V3_1
                        ? SpecVersion.VersionFlag.V202012 : SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri())
                        .schemaLoaders(loaders -> loaders.add(ExampleValidator::nothingFromOutside)));
        this.document = factory.getSchema(SchemaLocation.of("urn:switchboard:contract"), root,
                SchemaValidatorsConfig.builder().build());
    }

    /**
     * Checking a contract never opens a connection or reads a file by URL: a remote {@code $ref} or {@code $schema}
     * fails here (and is reported by invalid-ref) before the validator's own loaders could fetch it. The
     * validator's built-in meta-schemas come from its classpath.
     */
    private static InputStreamSource nothingFromOutside(AbsoluteIri iri) {
        if (iri.toString().startsWith("classpath:")) {
            return null;
        }
        throw new IllegalStateException("not fetched: " + iri);
    }

    /**
     * The error Spectral reports for the value, or none: a schema ajv cannot compile (nullable without type) is the
     * error; one that refers back into itself is not checked; otherwise the first error in ajv's order. In a request
     * a read-only property need not be present, in a response a write-only one.
     */
    List<Problem> firstProblems(String schemaPointer, JsonNode value, Relaxed relaxed) {
        String tooDeep = depth.tooDeep(schemaPointer);
        if (tooDeep != null) {
            return List.of(new Problem("", "the example cannot be checked: "
                    + (tooDeep.equals(schemaPointer) ? "its schema" : "the schema it refers to at " + tooDeep)
                    + " is nested deeper than " + MAX_SCHEMA_DEPTH + " levels"));
        }
        if (compileCheck.endlessChain(schemaPointer)) {
            return List.of(new Problem("", "the example cannot be checked: its schema's $ref chain does not end"));
        }
        SchemaCompileCheck.Outcome outcome = compileCheck.check(schemaPointer);
        if (outcome.nullableWithoutType() != null) {
            return List.of(new Problem("", "\"nullable\" cannot be used without \"type\" (the schema at "
                    + outcome.nullableWithoutType() + ")"));
        }
        if (outcome.circular()) {
            return List.of();
        }
        try {
            JsonSchema schema = compiled.computeIfAbsent(schemaPointer, this::compile);
            if (schema == null) {
                return List.of();
            }
            JsonNode schemaNode = root.at(schemaPointer);
            int skipped = JsonPointers.segments(schemaPointer).size();
            List<Ranked> ranked = schema.validate(value).stream()
                    .filter(message -> !relaxed.excuses(message, root))
                    .map(message -> new Ranked(order.key(schemaNode, skipped, message, value), message))
                    .sorted((left, right) -> AjvOrder.compare(left.key(), right.key()))
                    .toList();
            return ranked.isEmpty() ? List.of() : reported(ranked);
        } catch (RuntimeException unresolvable) {
            // A schema that cannot be followed (a broken or remote $ref) is reported by invalid-ref, not here.
            return List.of();
        } catch (StackOverflowError endless) {
            // The validator recurses through $refs: a very long chain.
            return List.of(new Problem("", "the example cannot be checked: its schema's $ref chain is too long "
                    + "to follow"));
        }
    }

    private record Ranked(AjvOrder.Key key, ValidationMessage message) {

        Problem problem() {
            return new Problem(pointerOf(message), messageOf(message));
        }
    }

    /**
     * The first error; when it lies inside a failed {@code anyOf} or {@code oneOf}, the first error of each branch
     * and the combinator's own, as Spectral lists them (for {@code anyOf}, only the deeper ones when there are).
     */
    private static List<Problem> reported(List<Ranked> ranked) {
        Ranked first = ranked.get(0);
        AjvOrder.Key key = first.key();
        if (key.combinatorAt() < 0) {
            return List.of(first.problem());
        }
        Map<Integer, Problem> branches = new java.util.LinkedHashMap<>();
        for (Ranked error : ranked) {
            if (key.sharesCombinatorWith(error.key()) && error.key().branch() >= 0) {
                branches.putIfAbsent(error.key().branch(), error.problem());
            }
        }
        List<Problem> problems = new java.util.ArrayList<>(branches.values());
        String at = key.combinatorInstance();
        problems.add(new Problem(at, key.combinator().equals("anyOf")
                ? "must match a schema in anyOf. None of the schemas matched, see the other errors reported for "
                + "this value"
                : "must match exactly one schema in oneOf"));
        boolean deeper = problems.stream().anyMatch(problem -> problem.instancePointer().startsWith(at + "/"));
        if (key.combinator().equals("anyOf") && deeper) {
            return problems.stream().filter(problem -> !problem.instancePointer().equals(at)).toList();
        }
        return problems;
    }

    private JsonSchema compile(String pointer) {
        JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
        JsonNode node = root;
        for (String token : JsonPointers.segments(pointer)) {
            if (node.isArray()) {
                int index = Integer.parseInt(token);
                path = path.append(index);
                node = node.get(index);
            } else {
                path = path.append(token);
                node = node.get(token);
            }
            if (node == null) {
                return null;
            }
        }
        try {
            return document.getSubSchema(path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String pointerOf(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        if (location.equals("$")) {
            return "";
        }
        JsonNodePath path = message.getInstanceLocation();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** Spectral's wording for the common errors; the validator's own for the rest. */
    private static String messageOf(ValidationMessage message) {
        Object[] arguments = message.getArguments();
        return switch (message.getType()) {
            case "required" -> "must have required property \"" + message.getProperty() + "\"";
            case "type" -> "type must be " + (arguments != null && arguments.length > 1 ? arguments[1]
                    : "another type");
            case "additionalProperties" -> "must not have property \"" + message.getProperty() + "\"";
            default -> {
                String text = message.getMessage();
                int colon = text.indexOf(": ");
                yield colon >= 0 && (text.startsWith("$") || text.startsWith("/") || text.startsWith(":"))
                        ? text.substring(colon + 2) : text;
            }
        };
    }
}
