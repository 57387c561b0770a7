package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Points at a schema: a contract (OpenAPI) or JSON Schema file, relative to the file that holds the reference,
 * plus a JSON pointer into it ({@code /components/schemas/Order}); an empty pointer means the whole file.
 * A sample payload may stand in for a schema ({@code sample}), for mapping from data no one described.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchemaRef(String file, String pointer, String sample) {

    public SchemaRef {
        pointer = pointer == null ? "" : pointer;
    }

    public static SchemaRef of(String file, String pointer) {
        return new SchemaRef(file, pointer, null);
    }

    public String describe() {
        return file != null ? file + (pointer.isEmpty() ? "" : "#" + pointer) : "sample " + sample;
    }
}
