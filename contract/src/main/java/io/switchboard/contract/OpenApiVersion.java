package io.switchboard.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** Which OpenAPI line a document declares; rules and comparisons differ between 3.0 and 3.1. */
public enum OpenApiVersion {
    V3_0("3.0"), V3_1("3.1"), UNKNOWN("?");

    private final String label;

    OpenApiVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static OpenApiVersion of(JsonNode root) {
        JsonNode declared = root == null ? null : root.get("openapi");
        if (declared == null || !declared.isTextual()) {
            return UNKNOWN;
        }
        String text = declared.asText();
        if (text.startsWith("3.0")) {
            return V3_0;
        }
        if (text.startsWith("3.1")) {
            return V3_1;
        }
        return UNKNOWN;
    }
}
