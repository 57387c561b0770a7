package io.switchboard.flow.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.switchboard.flow.source.JsonPointers;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Checks a definition file against the JSON Schema of its format ({@code schemas/*.schema.json} on the classpath),
 * reporting every violation with its pointer, in words a person editing the file understands.
 */
public final class FormatSchemaValidator {

    private final JsonSchema schema;

    private FormatSchemaValidator(JsonSchema schema) {
        this.schema = schema;
    }

    public static FormatSchemaValidator forResource(String resourceName) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return new FormatSchemaValidator(factory.getSchema(SchemaLocation.of("classpath:schemas/" + resourceName)));
    }

    /**
     * Reports every violation; answers the pointers of values that are present but wrong (a wrong type, a value
     * outside an enumeration), which the loader leaves out so that it can still bind the rest and check it.
     */
    public Set<String> validate(JsonNode document, FindingCollector into) {
        Set<String> invalidValues = new HashSet<>();
        List<ValidationMessage> messages = schema.validate(document).stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .toList();
        for (ValidationMessage message : messages) {
            String pointer = toPointer(message.getInstanceLocation());
            if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
                into.errorAtKey(JsonPointers.child(pointer, message.getProperty()), describe(message));
            } else {
                into.error(pointer, describe(message));
            }
            if (!"required".equals(message.getType()) && !"additionalProperties".equals(message.getType())
                    && !pointer.isEmpty()) {
                invalidValues.add(pointer);
            }
        }
        return invalidValues;
    }

    private static String describe(ValidationMessage message) {
        String property = message.getProperty();
        return switch (message.getType()) {
            case "additionalProperties" -> "unknown field '" + property + "'";
            case "required" -> "missing required field '" + property + "'";
            case "type" -> "wrong type: " + stripPath(message.getMessage());
            default -> stripPath(message.getMessage());
        };
    }

    /** The validator starts each message with the instance path, which the finding already shows. */
    private static String stripPath(String text) {
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }

    private static String toPointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            String token = element instanceof Integer index ? String.valueOf(index) : String.valueOf(element);
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
