package io.switchboard.runtimeclient;

import io.switchboard.runtimeclient.wire.ApiError;
import java.util.List;

/**
 * The runtime answered with an error, or could not be reached. Subclasses name the cases callers handle
 * differently; {@link #error()} carries the runtime's message, its error id and details.
 */
public class RuntimeClientException extends RuntimeException {

    private final int status;
    private final ApiError error;

    public RuntimeClientException(int status, ApiError error) {
        super(error.error() + (error.details() == null || error.details().isEmpty() ? ""
                : ": " + String.join("; ", error.details())) + " (HTTP " + status + ", error id " + error.id() + ")");
        this.status = status;
        this.error = error;
    }

    protected RuntimeClientException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.error = new ApiError(message, null, List.of());
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }

    /** 401: no token, or not a valid one. */
    public static final class Unauthorized extends RuntimeClientException {
        public Unauthorized(int status, ApiError error) {
            super(status, error);
        }
    }

    /** 403: the token's role does not allow this, or the request was refused as cross-origin. */
    public static final class Forbidden extends RuntimeClientException {
        public Forbidden(int status, ApiError error) {
            super(status, error);
        }
    }

    /** 404: no such flow, version or message. */
    public static final class NotFound extends RuntimeClientException {
        public NotFound(int status, ApiError error) {
            super(status, error);
        }
    }

    /** 409: the thing is not in a state that allows this (already replayed, discarded…). */
    public static final class Conflict extends RuntimeClientException {
        public Conflict(int status, ApiError error) {
            super(status, error);
        }
    }

    /** 400, 413, 422: the request itself was refused; {@link #error()} says why. */
    public static final class Invalid extends RuntimeClientException {
        public Invalid(int status, ApiError error) {
            super(status, error);
        }
    }

    /** The runtime could not be reached at all (refused, timed out, connection lost). */
    public static final class Unreachable extends RuntimeClientException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static RuntimeClientException of(int status, ApiError error) {
        return switch (status) {
            case 401 -> new Unauthorized(status, error);
            case 403 -> new Forbidden(status, error);
            case 404 -> new NotFound(status, error);
            case 409 -> new Conflict(status, error);
            case 400, 413, 422 -> new Invalid(status, error);
            default -> new RuntimeClientException(status, error);
        };
    }
}
