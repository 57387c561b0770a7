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

    /**
     * Why a document cannot be checked or compared, in the one sentence lint and diff both say; empty for 3.0 and
     * 3.1. Swagger 2.0 is named as such.
     */
    public static java.util.Optional<String> unsupported(JsonNode root) {
        if (of(root) != UNKNOWN) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(root != null && root.has("swagger")
                ? "Swagger 2.0 documents are not supported; convert the contract to OpenAPI 3.0 or 3.1"
                : "'openapi' must name version 3.0.x or 3.1.x");
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
