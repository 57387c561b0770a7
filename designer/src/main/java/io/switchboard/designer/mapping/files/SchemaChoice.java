package io.switchboard.designer.mapping.files;

/** A schema that can be one side of a mapping: "POST /orders · request", "Order (component)", with its pointer. */
public record SchemaChoice(String label, String pointer) {

    @Override
    public String toString() {
        return label;
    }
}
