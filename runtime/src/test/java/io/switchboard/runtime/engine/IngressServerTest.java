package io.switchboard.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.RuntimeConfiguration;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * While the runtime starts, senders hear 503 with Retry-After (which they retry), never a 404 they take as final;
 * afterwards an unknown path is a JSON 404 and a flow's path that takes no messages a 503.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IngressServerTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void startingIsA503WithRetryAfterAndAnUnknownPathAJson404() throws Exception {
        Vertx vertx = Vertx.vertx();
        RuntimeConfiguration configuration = RuntimeConfiguration.defaults(Path.of("unused")).withIngressPort(0);
        try (IngressServer ingress = new IngressServer(vertx, configuration, path -> path.equals("/orders"))) {
            int port = ingress.listen();

            HttpResponse<String> starting = post(port, "/orders");
            assertEquals(503, starting.statusCode(), starting.body());
            assertEquals(IngressServer.RETRY_AFTER_SECONDS, starting.headers().firstValue("Retry-After").orElse(""));
            assertTrue(starting.body().contains("starting"), starting.body());

            ingress.ready();
            HttpResponse<String> unknown = post(port, "/nothing-here");
            HttpResponse<String> stopped = post(port, "/orders");

            assertEquals(404, unknown.statusCode());
            assertEquals("application/json", unknown.headers().firstValue("Content-Type").orElse(""));
            assertTrue(unknown.body().contains("no flow listens on POST /nothing-here"), unknown.body());
            assertEquals(503, stopped.statusCode(), "a flow that takes no messages now: " + stopped.body());
            assertTrue(stopped.headers().firstValue("Retry-After").isPresent());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> post(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
