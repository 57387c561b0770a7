package io.switchboard.runtimeclient;

import io.switchboard.runtimeclient.wire.Json;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the Server-Sent Events stream on its own daemon thread and calls the listener there. After a dropped
 * connection it waits (250 ms, doubling to 5 s) and reconnects with {@code Last-Event-ID}, so events the runtime
 * still holds are not missed. A rejected token ends the subscription in {@link State#UNAUTHORIZED}.
 */
final class SseSubscription implements EventSubscription {

    private static final long MIN_BACKOFF_MS = 250;
    private static final long MAX_BACKOFF_MS = 5_000;
    private static final int MAX_DATA_CHARS = 1024 * 1024;

    private final HttpClient http;
    private final URI uri;
    private final String token;
    private final Consumer<RuntimeEventMessage> onEvent;
    private final Consumer<State> onState;
    private volatile State state = State.CONNECTING;
    private volatile long lastEventId = -1;
    private volatile boolean closed;
    private volatile Stream<String> current;
    private Thread reader;

    private SseSubscription(HttpClient http, URI uri, String token, Consumer<RuntimeEventMessage> onEvent,
                            Consumer<State> onState) {
        this.http = http;
        this.uri = uri;
        this.token = token;
        this.onEvent = onEvent;
        this.onState = onState;
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
        long backoff = MIN_BACKOFF_MS;
        while (!closed) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream");
                if (lastEventId >= 0) {
                    request.header("Last-Event-ID", String.valueOf(lastEventId));
                }
                HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    response.body().close();
                    setState(State.UNAUTHORIZED);
                    return;
                }
                if (response.statusCode() == 200) {
                    setState(State.CONNECTED);
                    backoff = MIN_BACKOFF_MS;
                    current = response.body();
                    read(current.iterator());
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
            backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
    }

    private void read(Iterator<String> lines) throws IOException {
        StringBuilder data = new StringBuilder();
        String id = null;
        while (lines.hasNext() && !closed) {
            String line = lines.next();
            if (line.isEmpty()) {
                dispatch(id, data);
                data.setLength(0);
                id = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("data:") && data.length() < MAX_DATA_CHARS) {
                data.append(line.substring(5).trim());
            }
        }
    }

    private void dispatch(String id, StringBuilder data) throws IOException {
        if (data.length() == 0) {
            return;
        }
        if (id != null) {
            lastEventId = Long.parseLong(id);
        }
        if (data.toString().contains("\"type\"")) {
            onEvent.accept(Json.MAPPER.readValue(data.toString(), RuntimeEventMessage.class));
        }
    }

    private void setState(State next) {
        if (state != next) {
            state = next;
            onState.accept(next);
        }
    }
}
