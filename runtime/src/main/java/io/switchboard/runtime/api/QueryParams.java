package io.switchboard.runtime.api;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The query parameters the listings share: blank is absent, instants are ISO-8601 and named when they are not. */
final class QueryParams {

    private QueryParams() {
    }

    static String text(RoutingContext context, String name) {
        String value = context.queryParams().get(name);
        return value == null || value.isBlank() ? null : value;
    }

    static Instant instant(RoutingContext context, String name) {
        String value = text(context, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is an ISO-8601 instant, e.g. 2026-11-24T10:00:00Z");
        }
    }
}
