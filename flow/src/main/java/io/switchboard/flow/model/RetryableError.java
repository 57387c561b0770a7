package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of delivery failure an error policy may retry. */
public enum RetryableError {
    /** The target answered 500–599. */
    HTTP_5XX("http-5xx"),
    /** The target answered 429 Too Many Requests. */
    HTTP_429("http-429"),
    /** The connection could not be made (also in time) or broke before the target answered. */
    CONNECTION("connection"),
    /**
     * The target took the message but did not answer within the policy's timeout. It may have acted on it, so
     * retrying can deliver twice: only when the policy says so.
     */
    TIMEOUT("timeout");

    private final String wireName;

    RetryableError(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
