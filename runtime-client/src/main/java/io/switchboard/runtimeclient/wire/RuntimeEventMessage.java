package io.switchboard.runtimeclient.wire;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the runtime's stream: {@code HEALTH} (a snapshot every second), {@code FAILURE}, {@code REPLAY},
 * {@code DEPLOY}, {@code STATE}; and {@code RESET} from the client itself when the runtime no longer holds the
 * events missed while disconnected (reload what is shown). The id resumes the stream after a reconnect.
 */
public record RuntimeEventMessage(long id, String type, Instant at, String flowId, Map<String, Object> data) {
}
