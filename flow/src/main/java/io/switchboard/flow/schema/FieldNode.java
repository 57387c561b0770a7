package io.switchboard.flow.schema;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One field of a source or target tree, as the mapping canvas shows it. Children are computed when first asked
 * for, so a recursive schema (Stripe's are) is only as deep as someone opens it. An array's children are the
 * fields of its items; {@link #itemType()} is the items' type.
 */
public final class FieldNode {

    private final String name;
    private final List<String> path;
    private final FieldType type;
    private final FieldType itemType;
    private final String format;
    private final boolean required;
    private final String description;
    private final Supplier<List<FieldNode>> childrenSupplier;
    private List<FieldNode> children;

    FieldNode(String name, List<String> path, FieldType type, FieldType itemType, String format, boolean required,
              String description, Supplier<List<FieldNode>> children) {
        this.name = name;
        this.path = List.copyOf(path);
        this.type = type;
        this.itemType = itemType;
        this.format = format;
        this.required = required;
        this.description = description;
        this.childrenSupplier = children;
    }

    /** A document nothing is known about (its schema could not be read): no fields, any type. */
    public static FieldNode unknownDocument() {
        return new FieldNode("", List.of(), FieldType.ANY, null, null, true, null, List::of);
    }

    /** The field's name; the root's is empty. */
    public String name() {
        return name;
    }

    /** Field names from the root; array items add no step (paths inside an array are relative to its item). */
    public List<String> path() {
        return path;
    }

    public FieldType type() {
        return type;
    }

    /** For an array, its items' type; otherwise null. */
    public FieldType itemType() {
        return itemType;
    }

    public boolean isArray() {
        return type == FieldType.ARRAY;
    }

    public String format() {
        return format;
    }

    public boolean required() {
        return required;
    }

    public String description() {
        return description;
    }

    public synchronized List<FieldNode> children() {
        if (children == null) {
            children = List.copyOf(childrenSupplier.get());
        }
        return children;
    }

    public Optional<FieldNode> child(String childName) {
        return children().stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    /** Follows a path of field names from this node. */
    public Optional<FieldNode> at(List<String> relativePath) {
        FieldNode current = this;
        for (String step : relativePath) {
            Optional<FieldNode> next = current.child(step);
            if (next.isEmpty()) {
                return next;
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** "string", "integer (int64)", "array of object". */
    public String typeLabel() {
        String label = type.name().toLowerCase();
        if (isArray() && itemType != null) {
            label += " of " + itemType.name().toLowerCase();
        }
        return format == null ? label : label + " (" + format + ")";
    }

    @Override
    public String toString() {
        return String.join(".", path) + ": " + typeLabel() + (required ? " *" : "");
    }
}
