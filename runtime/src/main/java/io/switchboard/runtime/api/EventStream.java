package io.switchboard.runtime.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.switchboard.runtime.engine.RuntimeEvent;
import io.switchboard.runtimeclient.wire.Json;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/events}: Server-Sent Events. Every event gets an id; the last {@code backlog} are kept so a client
 * that reconnects with {@code Last-Event-ID} misses nothing that is still kept. A client that stops reading is cut
 * off once {@value #WRITE_QUEUE_BYTES} bytes wait for it, rather than holding memory or slowing the runtime; at
 * most {@code maxClients} at once, and at most {@code maxPerToken} per token, so one token cannot take every slot.
 * A stream ends when its token is revoked.
 * All state is touched on one event-loop context only (captured at construction), whichever thread publishes or
 * which event loop a client connected on.
 */
final class EventStream {

    /** What may wait unsent for one client before it is cut off. */
    static final int WRITE_QUEUE_BYTES = 1024 * 1024;

    private final Context context;
    private final int maxClients;
    private final int maxPerToken;
    private final int backlogSize;
    private final Deque<Entry> backlog = new ArrayDeque<>();
    private final Map<HttpServerResponse, String> clients = new HashMap<>();
    private volatile int clientCount;
    /**
     * Ids start at this runtime's start time in microseconds, so they keep growing across restarts: a client that
     * resumes after a restart is told with a reset that what it missed is gone, instead of silently skipping
     * events whose ids it has seen from the previous run.
     */
    private long lastId = System.currentTimeMillis() * 1000;

    private record Entry(long id, String frame) {
    }

    EventStream(Vertx vertx, int maxClients, int maxPerToken, int backlogSize) {
        this.context = vertx.getOrCreateContext();
        this.maxClients = maxClients;
        this.maxPerToken = maxPerToken;
        this.backlogSize = backlogSize;
    }

    /** Ends every stream opened with the named token (called from any thread). */
    void disconnect(String tokenName) {
        context.runOnContext(ignored -> clients.entrySet().stream()
                .filter(client -> client.getValue().equals(tokenName)).map(Map.Entry::getKey).toList()
                .forEach(response -> {
                    forget(response);
                    response.end("event: revoked\ndata: {\"reason\":\"the token was revoked\"}\n\n");
                    response.close();
                }));
    }

    /** Called from any thread: the event is handed to the event loop. */
    void publish(RuntimeEvent event) {
        context.runOnContext(ignored -> broadcast(event));
    }

    void handle(RoutingContext request) {
        this.context.runOnContext(ignored -> connect(request));
    }

    private void connect(RoutingContext context) {
        if (clients.size() >= maxClients) {
            Responses.error(context, 503, "too many event stream clients (at most " + maxClients + ")");
            return;
        }
        String token = RequestGuard.actor(context).name();
        if (clients.values().stream().filter(token::equals).count() >= maxPerToken) {
            Responses.error(context, 429, "token '" + token + "' has " + maxPerToken + " event streams open already");
            return;
        }
        HttpServerResponse response = context.response();
        response.setWriteQueueMaxSize(WRITE_QUEUE_BYTES);
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write(": connected\n\n");
        long resumeAfter = parse(context.request().getHeader("Last-Event-ID"));
        if (resumeAfter >= 0) {
            if (!backlog.isEmpty() && backlog.peekFirst().id() > resumeAfter + 1) {
                response.write("event: reset\ndata: {\"reason\":\"events were missed; reload\"}\n\n");
            }
            for (Entry entry : backlog) {
                if (entry.id() > resumeAfter) {
                    response.write(entry.frame());
                }
            }
        }
        clients.put(response, token);
        clientCount = clients.size();
        response.closeHandler(ignored -> this.context.runOnContext(again -> forget(response)));
        response.exceptionHandler(ignored -> this.context.runOnContext(again -> forget(response)));
    }

    int clientCount() {
        return clientCount;
    }

    private void broadcast(RuntimeEvent event) {
        long id = ++lastId;
        String frame;
        try {
            frame = "id: " + id + "\nevent: " + event.type().name().toLowerCase() + "\ndata: "
                    + Json.MAPPER.writeValueAsString(new RuntimeEventMessage(id, event.type().name(), event.at(),
                    event.flowId(), event.data())) + "\n\n";
        } catch (JsonProcessingException e) {
            return;
        }
        backlog.addLast(new Entry(id, frame));
        while (backlog.size() > backlogSize) {
            backlog.removeFirst();
        }
        for (HttpServerResponse client : Set.copyOf(clients.keySet())) {
            if (client.writeQueueFull()) {
                forget(client);
                client.reset();
            } else {
                client.write(frame);
            }
        }
    }

    private void forget(HttpServerResponse client) {
        clients.remove(client);
        clientCount = clients.size();
    }

    private static long parse(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
