package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A flow: where messages come from, what is done to them, where they go, and what happens when that fails.
 *
 * @param version        the format version ({@link #FORMAT_VERSION})
 * @param id             stable identifier, also the Camel route id
 * @param idempotencyKey a path into the received message (for example {@code .orderId}) whose value identifies it
 *                       for deduplicated replay
 * @param idempotencyScope where the key deduplicates: {@code replays} (the default) only, or {@code messages}:
 *                       every message received too (an idempotent receiver: a message whose key was delivered is
 *                       answered as a duplicate and not delivered again)
 * @param masking        paths whose values the monitor hides from viewers
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Flow(
        int version,
        String id,
        String name,
        FlowSource source,
        List<Step> steps,
        FlowTarget target,
        ErrorPolicy errorPolicy,
        String idempotencyKey,
        String idempotencyScope,
        List<MaskingRule> masking) {

    public static final int FORMAT_VERSION = 1;
    public static final String SCOPE_MESSAGES = "messages";

    /** Whether every received message is deduplicated by its key, not only replays. */
    public boolean deduplicatesMessages() {
        return idempotencyKey != null && SCOPE_MESSAGES.equals(idempotencyScope);
    }

    public Flow {
        // A step the loader could not read stays as null, so the others keep their index in findings.
        steps = steps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(steps));
        masking = masking == null ? List.of() : List.copyOf(masking);
        errorPolicy = errorPolicy == null ? ErrorPolicy.DEFAULT : errorPolicy;
    }
}
