package io.switchboard.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.model.Flow;
import java.io.IOException;
import java.util.Optional;

/** Reads a flow's idempotency key (a path like {@code .orderId}) out of a message's JSON body. */
public final class IdempotencyKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IdempotencyKeys() {
    }

    public static Optional<String> of(Flow flow, byte[] body) {
        if (flow.idempotencyKey() == null || body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            for (String field : flow.idempotencyKey().substring(1).split("\\.")) {
                node = node == null ? null : node.get(field);
            }
            return node == null || node.isNull() || node.isContainerNode() ? Optional.empty() : Optional.of(node.asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
