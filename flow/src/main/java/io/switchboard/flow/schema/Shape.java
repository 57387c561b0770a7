package io.switchboard.flow.schema;

import java.util.List;
import java.util.Optional;

/**
 * What a document looks like at some point, as far as a schema or a sample tells: enough to check that a path
 * names a field and that a "for each" path names an array.
 */
public interface Shape {

    enum Kind { OBJECT, ARRAY, SCALAR, UNKNOWN }

    Kind kind();

    /** The named field's shape; empty when the schema says it does not exist. */
    Optional<Shape> field(String name);

    /** The shape of an array's items; empty for a non-array. */
    Optional<Shape> items();

    /** Follows a path of field names; empty as soon as one is not there. An unknown shape answers unknown. */
    default Optional<Shape> at(List<String> path) {
        Optional<Shape> current = Optional.of(this);
        for (String name : path) {
            if (current.isEmpty()) {
                return current;
            }
            current = current.get().field(name);
        }
        return current;
    }
}
