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

    /** Real schemas nest a few dozen levels; the validator's recursion holds several hundred on a 1 MB stack. */
    static final int MAX_SCHEMA_DEPTH = 128;

    private final JsonNode root;
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final ReachableSchemaDepth depth;
    private final JsonSchema document;

    ExampleValidator(JsonNode root, OpenApiVersion version) {
        this.root = root;
        this.depth = new ReachableSchemaDepth(root, MAX_SCHEMA_DEPTH);
        JsonMetaSchema dialect = JsonMetaSchema.builder(version == OpenApiVersion.V3_1
                        ? OpenApi31.getInstance() : OpenApi30.getInstance())
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
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

    List<Problem> validate(String schemaPointer, JsonNode value) {
        String tooDeep = depth.tooDeep(schemaPointer);
        if (tooDeep != null) {
            return List.of(new Problem("", "the example cannot be checked: "
                    + (tooDeep.equals(schemaPointer) ? "its schema" : "the schema it refers to at " + tooDeep)
                    + " is nested deeper than " + MAX_SCHEMA_DEPTH + " levels"));
        }
        try {
            JsonSchema schema = compiled.computeIfAbsent(schemaPointer, this::compile);
            if (schema == null) {
                return List.of();
            }
            return schema.validate(value).stream()
                    .map(message -> new Problem(pointerOf(message), messageOf(message)))
                    .toList();
        } catch (RuntimeException unresolvable) {
            // A schema that cannot be followed (a broken or remote $ref) is reported by invalid-ref, not here.
            return List.of();
        } catch (StackOverflowError endless) {
            // The validator recurses through $refs: schemas that only refer to each other, or a very long chain.
            return List.of(new Problem("", "the example cannot be checked: its schema's $ref chain does not end "
                    + "(or is too long to follow)"));
        }
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

    private static String messageOf(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return colon >= 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }
}
