package io.switchboard.designer.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations a contract offers a flow: those that take a request body a flow can receive. */
final class ContractOperations {

    private static final Set<String> RECEIVING = Set.of("post", "put", "patch");

    private ContractOperations() {
    }

    /** {@code contract}: the contract's path as the flow will refer to it; {@code root}: its parsed tree. */
    static List<ContractOperation> of(String contract, JsonNode root) {
        List<ContractOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                if (!RECEIVING.contains(operation.getKey())) {
                    continue;
                }
                String pointer = JsonPointers.child("/paths", path.getKey()) + "/" + operation.getKey();
                String operationId = operation.getValue().path("operationId").asText(null);
                operations.add(new ContractOperation(contract, operation.getKey().toUpperCase(), path.getKey(),
                        operationId, jsonBody(operation.getValue().path("requestBody"), pointer + "/requestBody")));
            }
        }
        return operations;
    }

    /**
     * The JSON body's schema: {@code application/json} first, else any {@code +json} type; a schema that only
     * refers to a component of the same contract is named by the component, as a person writes it.
     */
    private static String jsonBody(JsonNode body, String pointer) {
        JsonNode content = body.path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            JsonNode schema = content.path(type).path("schema");
            if ((type.equals("application/json") || type.endsWith("+json")) && schema.isObject()) {
                String ref = schema.path("$ref").asText("");
                return ref.startsWith("#/") && schema.size() == 1 ? ref.substring(1)
                        : JsonPointers.child(pointer + "/content", type) + "/schema";
            }
        }
        return null;
    }
}
