package io.switchboard.flow.schema;

import java.util.Optional;

/** A shape nothing is known about (a schema without properties, or a reference that could not be followed). */
public enum UnknownShape implements Shape {
    INSTANCE;

    @Override
    public Kind kind() {
        return Kind.UNKNOWN;
    }

    @Override
    public Optional<Shape> field(String name) {
        return Optional.of(INSTANCE);
    }

    @Override
    public Optional<Shape> items() {
        return Optional.of(INSTANCE);
    }
}
