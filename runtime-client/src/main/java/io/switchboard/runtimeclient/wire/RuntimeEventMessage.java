package io.switchboard.runtimeclient.wire;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the runtime's stream: {@code HEALTH} (a snapshot every second), {@code FAILURE}, {@code REPLAY},
 * {@code DEPLOY}, {@code STATE}. The id resumes the stream after a reconnect.
 */
public record RuntimeEventMessage(long id, String type, Instant at, String flowId, Map<String, Object> data) {
}
