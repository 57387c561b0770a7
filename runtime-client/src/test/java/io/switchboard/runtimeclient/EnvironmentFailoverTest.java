package io.switchboard.runtimeclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which runtime of an environment is asked next, against stubs on 127.0.0.1: a read goes on past any runtime that
 * did not answer; a change only past one the request never reached, so that it is never made twice.
 */
class EnvironmentFailoverTest {

    private final AtomicInteger secondAsked = new AtomicInteger();
    private HttpServer tookAndHungUp;
    private HttpServer second;

    @AfterEach
    void stop() {
        if (tookAndHungUp != null) {
            tookAndHungUp.stop(0);
        }
        second.stop(0);
    }

    @Test
    void aChangeTheFirstRuntimeTookIsNotAskedOfTheNext() throws Exception {
        tookAndHungUp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tookAndHungUp.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.close(); // read the request, then hung up without an answer
        });
        tookAndHungUp.start();
        startSecond();
        try (RuntimeClient environment = environment(tookAndHungUp.getAddress().getPort())) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> environment.stop("orders").toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertInstanceOf(RuntimeClientException.Unreachable.class, failed.getCause());
            assertEquals(0, secondAsked.get(), "the stop was asked of the second runtime too");

            assertEquals(List.of(), environment.flows().toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertEquals(1, secondAsked.get());
        }
    }

    @Test
    void aChangeNoRuntimeReceivedGoesToTheNext() throws Exception {
        int refused;
        try (ServerSocket closed = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            refused = closed.getLocalPort();
        }
        startSecond();
        try (RuntimeClient environment = environment(refused)) {
            ExecutionException answered = assertThrows(ExecutionException.class,
                    () -> environment.stop("orders").toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertInstanceOf(RuntimeClientException.NotFound.class, answered.getCause());
            assertEquals(1, secondAsked.get());
        }
    }

    private void startSecond() throws IOException {
        second = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        second.createContext("/", exchange -> {
            secondAsked.incrementAndGet();
            boolean flows = exchange.getRequestMethod().equals("GET");
            byte[] body = (flows ? "[]" : "{\"error\":\"no flow 'orders'\",\"details\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(flows ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        second.start();
    }

    private RuntimeClient environment(int firstPort) {
        return EnvironmentClient.connect("http://127.0.0.1:" + firstPort + ", http://127.0.0.1:"
                + second.getAddress().getPort(), "token-of-at-least-thirty-two-characters");
    }
}
