package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.DocumentWalk;
import java.util.List;

/** Rules about descriptions and titles that documentation renderers turn into HTML. */
final class MarkdownRules {

    private MarkdownRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.recommended("no-eval-in-markdown", WARN, "Markdown descriptions must not have \"eval(\".",
                        context -> scan(context, "eval(", "Markdown descriptions must not have \"eval(\".")),
                Rule.recommended("no-script-tags-in-markdown", WARN,
                        "Markdown descriptions must not have \"<script>\" tags.",
                        context -> scan(context, "<script", "Markdown descriptions must not have \"<script>\" tags.")));
    }

    private static void scan(LintContext context, String needle, String message) {
        DocumentWalk.objects(context.root(), (path, node) -> {
            for (String field : List.of("description", "title")) {
                JsonNode text = node.get(field);
                if (text != null && text.isTextual() && text.asText().contains(needle)) {
                    context.report(path.child(field).pointer(), message);
                }
            }
        });
    }
}
