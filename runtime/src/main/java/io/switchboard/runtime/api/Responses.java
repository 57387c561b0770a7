package io.switchboard.runtime.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.switchboard.runtimeclient.wire.ApiError;
import io.switchboard.runtimeclient.wire.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JSON answers and errors. Every error carries an id that the runtime's log also has; never a stack trace. */
final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    /** When the request reached the API (nanoTime), for the answer's Server-Timing. */
    static final String STARTED = "switchboard.started";

    private Responses() {
    }

    static void json(RoutingContext context, int status, Object body) {
        try {
            byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
            Long started = context.get(STARTED);
            if (started != null) {
                // How long the runtime took to answer (W3C Server-Timing), apart from the network and the client.
                context.response().putHeader("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f",
                        (System.nanoTime() - started) / 1e6));
            }
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(io.vertx.core.buffer.Buffer.buffer(bytes));
        } catch (JsonProcessingException e) {
            error(context, 500, "cannot write the answer", e);
        }
    }

    static void error(RoutingContext context, int status, String message) {
        error(context, status, message, List.of(), null);
    }

    static void error(RoutingContext context, int status, String message, List<String> details) {
        error(context, status, message, details, null);
    }

    static void error(RoutingContext context, int status, String message, Throwable cause) {
        error(context, status, message, List.of(), cause);
    }

    private static void error(RoutingContext context, int status, String message, List<String> details,
                              Throwable cause) {
        String id = UUID.randomUUID().toString();
        if (cause != null || status >= 500) {
            LOG.error("API error {} on {} {}: {}", id, context.request().method(), context.request().path(), message,
                    cause);
        }
        if (context.response().ended()) {
            return;
        }
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(Json.MAPPER.writeValueAsString(new ApiError(message, id, details)));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(500).end();
        }
    }

    /** Reads the JSON body as a wire type; answers 400 and null when it is not one. */
    static <T> T body(RoutingContext context, Class<T> type) {
        try {
            String text = context.body().asString();
            if (text == null || text.isBlank()) {
                error(context, 400, "a JSON body is required");
                return null;
            }
            T value = Json.MAPPER.readValue(text, type);
            if (value == null) {
                error(context, 400, "the body is JSON null: send a " + type.getSimpleName() + " object");
            }
            return value;
        } catch (JsonProcessingException e) {
            error(context, 400, "the body is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage());
            return null;
        }
    }
}
