package io.switchboard.runtime.store;

import java.time.Instant;
import java.util.Map;

/**
 * A message that exhausted its flow's error policy, kept as it was received.
 *
 * @param errorWhere the route step that failed (Camel's node id), when known
 * @param headers    the allow-listed headers it carried
 */
public record FailedMessage(long id, String flowId, int flowVersion, Instant receivedAt, Instant failedAt,
                            String correlationId, String idempotencyKey, String errorType, String errorMessage,
                            String errorWhere, int attempts, Status status, String contentType,
                            Map<String, String> headers, byte[] payload) {

    public enum Status { FAILED, REPLAYING, REPLAYED, DISCARDED }

    public FailedMessage {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
