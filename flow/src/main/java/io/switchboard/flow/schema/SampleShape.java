package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The shape of a sample payload: what the data shows. An array's items look like its first item. */
public record SampleShape(JsonNode value) implements Shape {

    @Override
    public Kind kind() {
        if (value.isObject()) {
            return Kind.OBJECT;
        }
        if (value.isArray()) {
            return Kind.ARRAY;
        }
        return value.isNull() ? Kind.UNKNOWN : Kind.SCALAR;
    }

    @Override
    public Optional<Shape> field(String name) {
        if (!value.isObject()) {
            return kind() == Kind.UNKNOWN ? Optional.of(UnknownShape.INSTANCE) : Optional.empty();
        }
        JsonNode child = value.get(name);
        return child == null ? Optional.empty() : Optional.of(new SampleShape(child));
    }

    @Override
    public Optional<Shape> items() {
        if (!value.isArray()) {
            return Optional.empty();
        }
        return Optional.of(value.isEmpty() ? UnknownShape.INSTANCE : new SampleShape(value.get(0)));
    }
}
