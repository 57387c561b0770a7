package io.switchboard.contract.edit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.switchboard.contract.ContractDocument;
import java.util.List;
import java.util.Set;

/**
 * What the "add property" form asks for: a property of a component schema, with its type, and whether it is
 * required (which also adds it to the schema's {@code required} list, as one edit).
 */
public record NewProperty(String schemaPointer, String name, String type, String format, String description,
                          boolean required) {

    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "array", "object");

    public TextEdit edit(ContractDocument document) throws EditException {
        if (document.at(schemaPointer).isMissingNode()) {
            throw new EditException("there is no schema at " + schemaPointer);
        }
        if (name == null || name.isBlank()) {
            throw new EditException("the property needs a name");
        }
        if (!TYPES.contains(type)) {
            throw new EditException("'" + type + "' is not a JSON Schema type; use one of " + List.copyOf(TYPES));
        }
        ContractEdits edits = new ContractEdits(document);
        TextEdit property = edits.putEntry(schemaPointer + "/properties", name.trim(), schema());
        if (!required) {
            return property;
        }
        TextEdit requirement = edits.appendItem(schemaPointer + "/required", TextNode.valueOf(name.trim()));
        return combine(document.text(), property, requirement);
    }

    private ObjectNode schema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", type);
        if (format != null && !format.isBlank()) {
            schema.put("format", format.trim());
        }
        if (type.equals("array")) {
            schema.putObject("items").put("type", "string");
        }
        if (description != null && !description.isBlank()) {
            schema.put("description", description.trim());
        }
        return schema;
    }

    /** Two edits of one text as a single edit over the span between them, so one undo takes both back. */
    static TextEdit combine(String text, TextEdit first, TextEdit second) {
        TextEdit early = first.start() <= second.start() ? first : second;
        TextEdit late = early == first ? second : first;
        String middle = text.substring(early.end(), late.start());
        return new TextEdit(early.start(), late.end(), early.text() + middle + late.text());
    }
}
