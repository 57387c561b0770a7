package io.switchboard.flow.mapping;

import io.switchboard.flow.source.Location;

/** A payload could not be read or written; says where in the payload when the parser knows. */
public final class PayloadException extends Exception {

    private final Location location;

    public PayloadException(String message, Location location, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
