package io.switchboard.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * The demo's billing system on 127.0.0.1: takes most invoices, and fails a few as real ones do: down for a moment
 * (503), too slow to answer (past the flow's timeout), or refusing a field (422 naming it).
 */
public final class DemoInvoiceService implements AutoCloseable {

    /** In a hundred invoices: this many 503s, slow answers and 422s; the rest are taken. */
    static final int UNAVAILABLE = 3;
    static final int SLOW = 2;
    static final int REFUSED = 4;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "demo-invoices");
        thread.setDaemon(true);
        return thread;
    });
    private final IntSupplier dice;
    private final AtomicLong taken = new AtomicLong();

    private DemoInvoiceService(HttpServer server, IntSupplier dice) {
        this.server = server;
        this.dice = dice;
    }

    /** {@code dice}: a number 0–99 per invoice, which decides its fate. */
    public static DemoInvoiceService start(IntSupplier dice) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        DemoInvoiceService service = new DemoInvoiceService(server, dice);
        server.createContext("/invoices", service::handle);
        server.setExecutor(service.handlers);
        server.start();
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/invoices";
    }

    public long taken() {
        return taken.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            int roll = dice.getAsInt();
            if (roll < UNAVAILABLE) {
                answer(exchange, 503, "{\"error\":\"billing is restarting, try again shortly\"}");
            } else if (roll < UNAVAILABLE + SLOW) {
                Thread.sleep(3_000);
                answer(exchange, 200, "{\"accepted\":true,\"late\":true}");
            } else if (roll < UNAVAILABLE + SLOW + REFUSED) {
                answer(exchange, 422, "{\"error\":\"VAT id not valid for the billing country\","
                        + "\"field\":\"customer.vatId\"}");
            } else {
                taken.incrementAndGet();
                answer(exchange, 201, "{\"accepted\":true}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
