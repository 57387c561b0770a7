package io.switchboard.runtimeclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription against a stub stream on 127.0.0.1 that speaks as a server may: events split over several data
 * lines, comments, a retry, a dropped connection, then a reset (the events asked for are gone) and a revoked token.
 */
class SseSubscriptionTest {

    private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    private final List<RuntimeEventMessage> events = new CopyOnWriteArrayList<>();
    private final List<EventSubscription.State> states = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eventsAreReadAsTheSpecificationSaysAndTheStreamResumesWhereItStopped() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/events", this::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try (JdkRuntimeClient client = new JdkRuntimeClient(base, "secret");
             EventSubscription subscription = client.events(events::add, state -> {
                 states.add(state);
                 if (state == EventSubscription.State.UNAUTHORIZED) {
                     ended.countDown();
                 }
             })) {
            assertTrue(ended.await(20, TimeUnit.SECONDS), "the revoked token ends the stream; states: " + states);
            assertEquals(42, subscription.lastEventId());
        }

        assertEquals(List.of("", "42"), lastEventIds, "the second connection resumes after the last id");
        assertEquals(List.of("FAILURE", "RESET"), events.stream().map(RuntimeEventMessage::type).toList());
        assertEquals("line one\n  line two", events.get(0).data().get("error"), "data lines joined, not trimmed");
        assertEquals("events were missed; reload", events.get(1).data().get("reason"));
        assertTrue(states.contains(EventSubscription.State.RECONNECTING), states.toString());
    }

    private void answer(HttpExchange exchange) throws IOException {
        lastEventIds.add(String.valueOf(exchange.getRequestHeaders().getFirst("Last-Event-ID") == null ? ""
                : exchange.getRequestHeaders().getFirst("Last-Event-ID")));
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        String stream = lastEventIds.size() == 1
                ? ": connected\n\nretry: 300\n\nid: 42\nevent: failure\n"
                  + "data: {\"id\":42,\"type\":\"FAILURE\",\"at\":\"2026-11-29T10:00:00Z\",\"flowId\":\"orders\",\n"
                  + "data: \"data\":{\"error\":\"line one\\n  line two\"}}\n\n"
                  + "id: 43\ndata: {\"id\":43,\"type\":\"FAILURE\""
                : ": connected\n\nevent: reset\ndata: {\"reason\":\"events were missed; reload\"}\n\n"
                  + "event: revoked\ndata: {\"reason\":\"the token was revoked\"}\n\n";
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(stream.getBytes(StandardCharsets.UTF_8));
        }
    }
}
