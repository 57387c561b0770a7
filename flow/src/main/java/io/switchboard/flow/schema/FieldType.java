package io.switchboard.flow.schema;

/** A field's type as a schema or a sample tells it; {@code ANY} where neither says. */
public enum FieldType {
    STRING, NUMBER, INTEGER, BOOLEAN, OBJECT, ARRAY, NULL, ANY;

    /** Whether a value of this type can fill a field of type {@code target} without a conversion. */
    public boolean fits(FieldType target) {
        return this == target || this == ANY || target == ANY || this == NULL
                || (this == INTEGER && target == NUMBER);
    }

    public boolean isScalar() {
        return this != OBJECT && this != ARRAY;
    }

    static FieldType ofSchemaType(String type) {
        return switch (type) {
            case "string" -> STRING;
            case "number" -> NUMBER;
            case "integer" -> INTEGER;
            case "boolean" -> BOOLEAN;
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            case "null" -> NULL;
            default -> ANY;
        };
    }
}
