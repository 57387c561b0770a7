package io.switchboard.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's web shop: posts varied orders to the orders flow a few times a second while it is on. One order in
 * fifty carries an order time with milliseconds, which the contract allows and the mapping's time pattern does not:
 * the mapping error to fix in the designer.
 */
public final class DemoTraffic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CHANNELS = List.of("web", "app", "phone", "store");
    private static final List<String> CURRENCIES = List.of("eur", "usd", "gbp", "chf");
    private static final List<String> STATUSES = List.of("N", "C", "S");
    private static final List<String> CITIES = List.of("Berlin", "Hamburg", "Munich", "Vienna", "Zurich");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectNode template;
    private final URI orders;
    private final ScheduledExecutorService scheduler;
    private final Random random;
    private final AtomicLong sent = new AtomicLong();
    private ScheduledFuture<?> running;

    /** {@code ingressPort}: where the runtime takes the flows' messages. */
    public DemoTraffic(int ingressPort, ScheduledExecutorService scheduler, Random random) throws IOException {
        try (InputStream in = DemoTraffic.class.getResourceAsStream(
                "/io/switchboard/app/demo/workspace/samples/order-small.json")) {
            if (in == null) {
                throw new IOException("the demo's sample order is missing from the studio (a broken build?)");
            }
            this.template = (ObjectNode) JSON.readTree(in);
        }
        this.orders = URI.create("http://127.0.0.1:" + ingressPort + "/orders");
        this.scheduler = scheduler;
        this.random = random;
    }

    public synchronized boolean running() {
        return running != null;
    }

    /** Starts or stops sending. */
    public synchronized void set(boolean on) {
        if (on && running == null) {
            running = scheduler.scheduleWithFixedDelay(this::sendOne, 0, 350, TimeUnit.MILLISECONDS);
        } else if (!on && running != null) {
            running.cancel(false);
            running = null;
        }
    }

    public long sent() {
        return sent.get();
    }

    private void sendOne() {
        long number = sent.incrementAndGet();
        try {
            http.sendAsync(HttpRequest.newBuilder(orders).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(order(number).toString())).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            // The runtime is stopping or restarting; the next order tries again.
        }
    }

    /** A varied order: its own id, channel, currency, status, city and items. */
    ObjectNode order(long number) {
        ObjectNode order = template.deepCopy();
        order.put("orderId", "ORD-DEMO-" + (100_000 + number));
        order.put("channel", pick(CHANNELS));
        order.put("currency", pick(CURRENCIES));
        order.put("status", pick(STATUSES));
        order.put("orderDate", number % 50 == 25 ? "2024-03-15T10:30:00.250Z" : "2024-03-15T10:30:00Z");
        ((ObjectNode) order.path("customer").path("address")).put("city", pick(CITIES));
        ArrayNode items = (ArrayNode) order.path("items");
        for (int i = 0; i < items.size(); i++) {
            ((ObjectNode) items.get(i)).put("qty", 1 + random.nextInt(20));
        }
        return order;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    @Override
    public void close() {
        set(false);
    }
}
