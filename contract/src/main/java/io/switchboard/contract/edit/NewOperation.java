package io.switchboard.contract.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.model.OpenApiWalk;
import io.switchboard.flow.source.JsonPointers;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the "add operation" form asks for; makes a complete operation, path parameters included. */
public record NewOperation(String path, String method, String summary, String operationId, String tag,
                           String status, String responseDescription) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    public TextEdit edit(ContractDocument document) throws EditException {
        if (!path.startsWith("/")) {
            throw new EditException("the path must start with /, as in /pets/{petId}");
        }
        String lowerMethod = method.toLowerCase(Locale.ROOT);
        if (!OpenApiWalk.METHODS.contains(lowerMethod)) {
            throw new EditException("'" + method + "' is not an HTTP method OpenAPI knows");
        }
        if (!status.matches("[1-5]([0-9][0-9]|XX)|default")) {
            throw new EditException("'" + status + "' is not a response status (200, 4XX or default)");
        }
        return new ContractEdits(document).putEntry(JsonPointers.child("/paths", path), lowerMethod, operation());
    }

    JsonNode operation() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode operation = nodes.objectNode();
        putIfPresent(operation, "summary", summary);
        putIfPresent(operation, "operationId", operationId);
        if (tag != null && !tag.isBlank()) {
            operation.putArray("tags").add(tag.trim());
        }
        Matcher variables = VARIABLE.matcher(path);
        while (variables.find()) {
            ObjectNode parameter = operation.withArray("parameters").addObject();
            parameter.put("name", variables.group(1)).put("in", "path").put("required", true);
            parameter.putObject("schema").put("type", "string");
        }
        operation.putObject("responses").putObject(status).put("description",
                responseDescription == null || responseDescription.isBlank() ? "OK" : responseDescription.trim());
        return operation;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.trim());
        }
    }
}
