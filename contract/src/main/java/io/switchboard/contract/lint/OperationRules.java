package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.ERROR;
import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.Operation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/** Rules about operations: ids, descriptions, tags, responses, parameters. */
final class OperationRules {

    private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9-._~:/?#\\[\\]@!$&'()*+,;=]*$");

    private OperationRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.recommended("operation-description", WARN,
                        "Operation \"description\" must be present and non-empty string.",
                        context -> each(context, "description",
                                "Operation \"description\" must be present and non-empty string.")),
                Rule.recommended("operation-operationId", WARN, "Operation must have \"operationId\".",
                        context -> each(context, "operationId", "Operation must have \"operationId\".")),
                Rule.recommended("operation-operationId-unique", ERROR,
                        "Every operation must have unique \"operationId\".", OperationRules::uniqueIds),
                Rule.recommended("operation-operationId-valid-in-url", WARN,
                        "operationId must not contain characters that are invalid when used in URL.",
                        OperationRules::idsValidInUrl),
                Rule.recommended("operation-success-response", WARN,
                        "Operation must have at least one \"2xx\" or \"3xx\" response.",
                        OperationRules::successResponse),
                Rule.recommended("operation-tags", WARN, "Operation must have non-empty \"tags\" array.",
                        OperationRules::tags),
                Rule.optional("operation-singular-tag", WARN, "Operation must not have more than a single tag.",
                        OperationRules::singularTag),
                Rule.recommended("operation-tag-defined", WARN, "Operation tags must be defined in global tags.",
                        OperationRules::tagDefined),
                Rule.recommended("operation-parameters", WARN,
                        "A parameter in this operation already exposes the same combination of \"name\" and "
                                + "\"in\" values.", OperationRules::uniqueParameters));
    }

    private static void each(LintContext context, String field, String message) {
        for (Operation operation : context.operations()) {
            InfoRules.requireTruthy(context, operation.node(), operation.pointer(), field, message);
        }
    }

    private static void uniqueIds(LintContext context) {
        Set<String> seen = new HashSet<>();
        for (Operation operation : context.operations()) {
            JsonNode id = operation.node().get("operationId");
            if (id != null && id.isTextual() && !seen.add(id.asText())) {
                context.report(operation.pointer() + "/operationId",
                        "Every operation must have unique \"operationId\".");
            }
        }
    }

    private static void idsValidInUrl(LintContext context) {
        for (Operation operation : context.operations()) {
            JsonNode id = operation.node().get("operationId");
            if (id != null && id.isTextual() && !URL_SAFE.matcher(id.asText()).matches()) {
                context.report(operation.pointer() + "/operationId",
                        "operationId must not contain characters that are invalid when used in URL.");
            }
        }
    }

    private static void successResponse(LintContext context) {
        for (Operation operation : context.operations()) {
            JsonNode responses = operation.node().get("responses");
            if (responses == null || !responses.isObject()) {
                continue;
            }
            boolean success = false;
            for (Iterator<String> codes = responses.fieldNames(); codes.hasNext() && !success; ) {
                success = isSuccess(codes.next());
            }
            if (!success) {
                context.report(operation.pointer() + "/responses",
                        "Operation must have at least one \"2xx\" or \"3xx\" response.");
            }
        }
    }

    private static boolean isSuccess(String code) {
        if (code.equalsIgnoreCase("2XX") || code.equalsIgnoreCase("3XX")) {
            return true;
        }
        try {
            int status = Integer.parseInt(code);
            return status >= 200 && status < 400;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void tags(LintContext context) {
        for (Operation operation : context.operations()) {
            JsonNode tags = operation.node().get("tags");
            if (tags == null || !tags.isArray() || tags.isEmpty()) {
                context.report(tags == null ? operation.pointer() : operation.pointer() + "/tags",
                        "Operation must have non-empty \"tags\" array.");
            }
        }
    }

    private static void singularTag(LintContext context) {
        for (Operation operation : context.operations()) {
            JsonNode tags = operation.node().path("tags");
            if (tags.isArray() && tags.size() > 1) {
                context.report(operation.pointer() + "/tags", "Operation must not have more than a single tag.");
            }
        }
    }

    private static void tagDefined(LintContext context) {
        Set<String> defined = new HashSet<>();
        context.root().path("tags").forEach(tag -> defined.add(tag.path("name").asText()));
        for (Operation operation : context.operations()) {
            JsonNode tags = operation.node().path("tags");
            for (int i = 0; i < tags.size(); i++) {
                if (tags.get(i).isTextual() && !defined.contains(tags.get(i).asText())) {
                    context.report(operation.pointer() + "/tags/" + i,
                            "Operation tags must be defined in global tags.");
                }
            }
        }
    }

    private static void uniqueParameters(LintContext context) {
        for (Operation operation : context.operations()) {
            JsonNode parameters = operation.node().path("parameters");
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < parameters.size(); i++) {
                JsonNode parameter = context.dereference(parameters.get(i));
                String key = parameter.path("in").asText() + ":" + parameter.path("name").asText();
                if (parameter.has("name") && seen.putIfAbsent(key, i) != null) {
                    context.report(operation.pointer() + "/parameters/" + i,
                            "A parameter in this operation already exposes the same combination of \"name\" and "
                                    + "\"in\" values.");
                }
            }
        }
    }
}
