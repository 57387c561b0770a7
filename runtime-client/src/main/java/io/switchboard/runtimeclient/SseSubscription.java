package io.switchboard.runtimeclient;

import io.switchboard.runtimeclient.wire.Json;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the Server-Sent Events stream on its own daemon thread and calls the listener there. After a dropped
 * connection it waits (250 ms, or what the server's {@code retry} says, doubling to 5 s) and reconnects with
 * {@code Last-Event-ID}, so events the runtime still holds are not missed; when the runtime no longer holds them it
 * says so with a {@code reset} event, passed on as an event of type {@value #RESET}: reload what is shown. A
 * rejected or revoked token ends the subscription in {@link State#UNAUTHORIZED}. The stream is read by
 * {@link SseParser}, as the specification says.
 */
final class SseSubscription implements EventSubscription {

    /** The type of the event that tells a client it missed events and should load its view again. */
    static final String RESET = "RESET";
    private static final long MIN_BACKOFF_MS = 250;
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final int MAX_DATA_CHARS = 1024 * 1024;

    private final HttpClient http;
    private final URI uri;
    private final String token;
    private final Consumer<RuntimeEventMessage> onEvent;
    private final Consumer<State> onState;
    private final SseParser parser;
    private volatile State state = State.CONNECTING;
    private volatile long lastEventId = -1;
    private volatile long retryMs = MIN_BACKOFF_MS;
    private volatile boolean closed;
    private volatile boolean revoked;
    private volatile Stream<String> current;
    private Thread reader;

    private SseSubscription(HttpClient http, URI uri, String token, Consumer<RuntimeEventMessage> onEvent,
                            Consumer<State> onState) {
        this.http = http;
        this.uri = uri;
        this.token = token;
        this.onEvent = onEvent;
        this.onState = onState;
        this.parser = new SseParser(this::dispatch, retry -> retryMs = Math.max(MIN_BACKOFF_MS, retry),
                MAX_DATA_CHARS);
    }

    static SseSubscription start(HttpClient http, URI uri, String token, Consumer<RuntimeEventMessage> onEvent,
                                 Consumer<State> onState) {
        SseSubscription subscription = new SseSubscription(http, uri, token, onEvent, onState);
        subscription.reader = new Thread(subscription::run, "switchboard-events");
        subscription.reader.setDaemon(true);
        subscription.reader.start();
        return subscription;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public long lastEventId() {
        return lastEventId;
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> stream = current;
        if (stream != null) {
            stream.close();
        }
        reader.interrupt();
        setState(State.CLOSED);
    }

    private void run() {
        long backoff = retryMs;
        while (!closed) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream");
                if (!parser.lastEventId().isEmpty()) {
                    request.header("Last-Event-ID", parser.lastEventId());
                }
                HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    response.body().close();
                    setState(State.UNAUTHORIZED);
                    return;
                }
                if (response.statusCode() == 200) {
                    setState(State.CONNECTED);
                    backoff = retryMs;
                    current = response.body();
                    parser.reset();
                    Iterator<String> lines = current.iterator();
                    while (lines.hasNext() && !closed && !revoked) {
                        parser.line(lines.next());
                    }
                    if (revoked) {
                        current.close();
                        setState(State.UNAUTHORIZED);
                        return;
                    }
                } else {
                    response.body().close();
                }
            } catch (IOException | RuntimeException e) {
                // Dropped or refused: fall through to the backoff and try again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (closed) {
                return;
            }
            setState(State.RECONNECTING);
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(MAX_BACKOFF_MS, Math.max(retryMs, backoff * 2));
        }
    }

    private void dispatch(SseParser.Event event) {
        long id = numeric(event.lastEventId());
        if (id >= 0) {
            lastEventId = id;
        }
        switch (event.type()) {
            case "revoked" -> revoked = true;
            case "reset" -> onEvent.accept(new RuntimeEventMessage(lastEventId, RESET, Instant.now(), null,
                    Map.of("reason", reason(event.data()))));
            default -> {
                try {
                    RuntimeEventMessage message = Json.MAPPER.readValue(event.data(), RuntimeEventMessage.class);
                    if (message.type() != null) {
                        onEvent.accept(message);
                    }
                } catch (IOException notOurs) {
                    // An event this client does not understand is skipped, not a reason to drop the stream.
                }
            }
        }
    }

    private static String reason(String data) {
        try {
            return Json.MAPPER.readTree(data).path("reason").asText("events were missed");
        } catch (IOException e) {
            return "events were missed";
        }
    }

    private static long numeric(String id) {
        try {
            return id.isEmpty() ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void setState(State next) {
        if (state != next) {
            state = next;
            onState.accept(next);
        }
    }
}
