package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.NodePath;
import java.util.List;

/** Rules about descriptions and titles that documentation renderers turn into HTML. */
final class MarkdownRules {

    private static final List<String> FIELDS = List.of("description", "title");

    private MarkdownRules() {
    }

    static List<LintRule> all() {
        return List.of(
                VisitingRule.recommended("no-eval-in-markdown", WARN,
                        "Markdown descriptions must not have \"eval(\".", (context, path, node) -> scan(context, path,
                                node, "eval(", "Markdown descriptions must not have \"eval(\".")),
                VisitingRule.recommended("no-script-tags-in-markdown", WARN,
                        "Markdown descriptions must not have \"<script>\" tags.", (context, path, node) -> scan(context,
                                path, node, "<script", "Markdown descriptions must not have \"<script>\" tags.")));
    }

    private static void scan(LintContext context, NodePath path, JsonNode node, String needle, String message) {
        for (String field : FIELDS) {
            JsonNode text = node.get(field);
            if (text != null && text.isTextual() && text.asText().contains(needle)) {
                context.report(path.child(field).pointer(), message);
            }
        }
    }
}
