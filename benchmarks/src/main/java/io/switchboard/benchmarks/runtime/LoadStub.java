package io.switchboard.benchmarks.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The target of every benchmark flow: answers 200 at once (422 to bodies marked POISON) and counts deliveries. */
final class LoadStub implements AutoCloseable {

    private static final Pattern ORDER_REF = Pattern.compile("\"orderRef\":\"([^\"]+)\"");

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final AtomicLong delivered = new AtomicLong();
    private final Map<String, Integer> byKey = new ConcurrentHashMap<>();
    private volatile boolean countKeys;
    private volatile boolean acceptPoison;
    private final Map<String, Long> firstByPath = new ConcurrentHashMap<>();

    LoadStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            firstByPath.putIfAbsent(exchange.getRequestURI().getPath(), System.nanoTime());
            String text = new String(body, StandardCharsets.UTF_8);
            int status = text.contains("POISON") && !acceptPoison ? 422 : 200;
            if (status == 200) {
                delivered.incrementAndGet();
                if (countKeys) {
                    Matcher matcher = ORDER_REF.matcher(text);
                    if (matcher.find()) {
                        byKey.merge(matcher.group(1), 1, Integer::sum);
                    }
                }
            }
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/invoices";
    }

    /** When (nanoTime) the first request on {@code path} arrived; null when none has. */
    Long firstOn(String path) {
        return firstByPath.get(path);
    }

    /** From now on takes the orders it refused: the target is fixed, the failed messages can be replayed. */
    void acceptPoison() {
        acceptPoison = true;
    }

    /** Starts remembering how often each order was delivered (for counting duplicates). */
    void countKeys() {
        byKey.clear();
        countKeys = true;
    }

    Map<String, Integer> deliveriesByKey() {
        return byKey;
    }

    long delivered() {
        return delivered.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
