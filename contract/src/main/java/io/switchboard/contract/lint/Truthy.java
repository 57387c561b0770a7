package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;

/** JavaScript's truthiness, which Spectral's {@code truthy} function tests. */
final class Truthy {

    private Truthy() {
    }

    static boolean test(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return true;
    }
}
