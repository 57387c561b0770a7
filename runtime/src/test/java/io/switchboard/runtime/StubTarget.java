package io.switchboard.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An HTTP target on 127.0.0.1 that records what it receives and answers with a status the test chooses. */
final class StubTarget implements AutoCloseable {

    record Received(String path, String query, Map<String, List<String>> headers, byte[] body) {
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private volatile String poison;
    private volatile long delayMillis;

    static {
        // Without it the JDK server's small answers wait for delayed ACKs: about 40 ms each.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    StubTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status;
            if (poison != null && new String(body).contains(poison)) {
                status = 422;
            } else {
                status = statuses.isEmpty() ? 200 : statuses.remove(0);
                if (status < 300) {
                    received.add(new Received(exchange.getRequestURI().getPath(),
                            exchange.getRequestURI().getRawQuery(),
                            Map.copyOf(exchange.getRequestHeaders()), body));
                }
                attempts.incrementAndGet();
            }
            byte[] answer = "{\"accepted\":true}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // What real targets send and senders must not see.
            exchange.getResponseHeaders().add("Server", "stub-target/1.0");
            exchange.getResponseHeaders().add("Set-Cookie", "session=target-internal");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** Answers 422 (not retryable) to any body containing this text, and does not count it as received. */
    void rejectBodiesContaining(String text) {
        poison = text;
    }

    /** Answers each request this much later (one at a time): a slow target. */
    void delay(long millis) {
        delayMillis = millis;
    }

    /** Every request answered other than by the poison rule, successful or not. */
    int attempts() {
        return attempts.get();
    }

    /** Everything received successfully so far, in order. */
    List<Received> receivedSoFar() {
        return List.copyOf(received);
    }

    /** The next answers' status codes, in order; 200 once they are used up. */
    void answerWith(Integer... codes) {
        statuses.addAll(List.of(codes));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    Received next(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    int count() {
        return received.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
