package io.switchboard.runtimeclient.wire;

import java.util.List;

/** Every error the API answers: what went wrong, an id to find it in the runtime's log, and details if any. */
public record ApiError(String error, String id, List<String> details) {
}
