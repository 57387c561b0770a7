package io.switchboard.contract.validation;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.lint.LintContext;
import io.switchboard.contract.lint.LintRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spectral's {@code oas3-schema}: the document has the shape the OpenAPI specification requires. swagger-parser
 * judges the shape; each of its messages is placed at its line. Its free-text warnings stay warnings.
 */
public final class StructureRule implements LintRule {

    @Override
    public String id() {
        return "oas3-schema";
    }

    @Override
    public String description() {
        return "Validate structure of OpenAPI v3 specification.";
    }

    @Override
    public FindingSeverity defaultSeverity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(LintContext context) {
        SwaggerParseResult result = SwaggerParser.deserialize(context.root(),
                context.document().file().toString());
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        Set<String> distinct = new LinkedHashSet<>(messages);
        for (String message : distinct) {
            ParserMessage placed = ParserMessage.place(context.root(), message);
            if (placed.warning()) {
                context.reportAtMost(FindingSeverity.WARN, placed.pointer(), placed.text());
            } else {
                context.report(placed.pointer(), placed.text());
            }
        }
    }
}
