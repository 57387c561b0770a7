package io.switchboard.monitor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A target on 127.0.0.1 that refuses orders (422, not worth retrying) while it is broken, and records the rest. */
final class FlakyTarget implements AutoCloseable {

    private final HttpServer server;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private volatile boolean broken;

    FlakyTarget() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = broken ? 422 : 200;
            if (!broken) {
                delivered.add(body);
            }
            byte[] answer = (broken ? "{\"error\":\"invoice service is down\"}" : "{\"accepted\":true}")
                    .getBytes(StandardCharsets.UTF_8);
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

    void broken(boolean now) {
        broken = now;
    }

    /** Bodies received while working, in order. */
    List<String> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
