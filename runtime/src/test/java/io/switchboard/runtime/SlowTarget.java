package io.switchboard.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target on 127.0.0.1 that takes every request and answers 200 only after a delay (or when released), serving many
 * at once: what a slow or hanging partner system looks like. Counts what it received per order.
 */
final class SlowTarget implements AutoCloseable {

    private static final Pattern ORDER_REF = Pattern.compile("\"orderRef\":\"([^\"]+)\"");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final long delayMillis;

    SlowTarget(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            inFlight.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                Matcher order = ORDER_REF.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (order.find()) {
                    received.computeIfAbsent(order.group(1), id -> new AtomicInteger()).incrementAndGet();
                }
                released.await(delayMillis, TimeUnit.MILLISECONDS);
                byte[] answer = "{\"accepted\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How often the target received the order with this id. */
    int receivedOf(String orderId) {
        AtomicInteger count = received.get(orderId);
        return count == null ? 0 : count.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Answers everything waiting now and from now on at once. */
    void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
