package io.switchboard.runtime.engine;

import java.time.Instant;
import java.util.Map;

/** Something that happened in the runtime and that the monitor wants to hear about as it happens. */
public record RuntimeEvent(Type type, Instant at, String flowId, Map<String, Object> data) {

    public enum Type { FAILURE, REPLAY, REPLAY_JOB, DEPLOY, STATE, HEALTH }

    public RuntimeEvent {
        data = Map.copyOf(data);
    }

    public static RuntimeEvent of(Type type, String flowId, Map<String, Object> data) {
        return new RuntimeEvent(type, Instant.now(), flowId, data);
    }
}
