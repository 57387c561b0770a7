package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON Schema's type names applied to Jackson values. */
final class JsonTypes {

    private JsonTypes() {
    }

    static boolean matches(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue());
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    static String show(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
