package io.switchboard.benchmarks.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.model.OpenApiWalk;
import io.switchboard.contract.model.Operation;
import java.util.Iterator;
import java.util.List;

/**
 * A copy of a contract with a few breaking edits spread through it, as a real revision would have: a path removed,
 * a query parameter made required, a success response removed, a required response property dropped.
 */
final class BreakingEdits {

    private BreakingEdits() {
    }

    static JsonNode apply(ContractDocument document) {
        ObjectNode copy = document.root().deepCopy();
        ObjectNode paths = (ObjectNode) copy.get("paths");
        List<Operation> operations = OpenApiWalk.operations(copy);
        paths.remove(operations.get(operations.size() / 3).path());
        for (Operation operation : operations.subList(operations.size() / 2, operations.size())) {
            JsonNode parameters = operation.node().path("parameters");
            if (parameters.isArray() && parameters.size() > 0 && parameters.get(0).has("in")
                    && !parameters.get(0).path("required").asBoolean(false)) {
                ((ObjectNode) parameters.get(0)).put("required", true);
                break;
            }
        }
        Operation last = operations.get(operations.size() - 1);
        if (last.node().path("responses").size() > 1) {
            Iterator<String> codes = last.node().path("responses").fieldNames();
            ((ObjectNode) last.node().get("responses")).remove(codes.next());
        }
        JsonNode schemas = copy.path("components").path("schemas");
        for (Iterator<JsonNode> it = schemas.elements(); it.hasNext(); ) {
            JsonNode schema = it.next();
            if (schema.path("required").isArray() && schema.path("required").size() > 1) {
                ((ArrayNode) schema.get("required")).remove(0);
                break;
            }
        }
        return copy;
    }
}
