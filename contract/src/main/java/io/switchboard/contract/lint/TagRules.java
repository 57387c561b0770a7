package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.ERROR;
import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules about the top-level tag list. */
final class TagRules {

    private TagRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.optional("openapi-tags", WARN, "OpenAPI object must have non-empty \"tags\" array.",
                        context -> {
                            JsonNode tags = context.root().get("tags");
                            if (tags == null || !tags.isArray() || tags.isEmpty()) {
                                context.report(tags == null ? "" : "/tags",
                                        "OpenAPI object must have non-empty \"tags\" array.");
                            }
                        }),
                Rule.optional("openapi-tags-alphabetical", WARN, "OpenAPI object must have alphabetical \"tags\".",
                        TagRules::alphabetical),
                Rule.recommended("openapi-tags-uniqueness", ERROR, "Each tag must have a unique name.",
                        TagRules::unique),
                Rule.optional("tag-description", WARN, "Tag object must have \"description\".", context -> {
                    JsonNode tags = context.root().path("tags");
                    for (int i = 0; i < tags.size(); i++) {
                        InfoRules.requireTruthy(context, tags.get(i), "/tags/" + i, "description",
                                "Tag object must have \"description\".");
                    }
                }));
    }

    private static void alphabetical(LintContext context) {
        JsonNode tags = context.root().path("tags");
        for (int i = 1; i < tags.size(); i++) {
            if (tags.get(i - 1).path("name").asText().compareTo(tags.get(i).path("name").asText()) > 0) {
                context.report("/tags", "OpenAPI object must have alphabetical \"tags\".");
                return;
            }
        }
    }

    private static void unique(LintContext context) {
        JsonNode tags = context.root().path("tags");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String name = tags.get(i).path("name").asText();
            if (tags.get(i).has("name") && !seen.add(name)) {
                context.report("/tags/" + i + "/name", "\"tags\" object contains duplicate tag name \"" + name
                        + "\".");
            }
        }
    }
}
