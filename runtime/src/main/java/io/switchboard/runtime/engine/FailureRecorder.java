package io.switchboard.runtime.engine;

import io.switchboard.flow.export.RuntimeBinding;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.source.Quotes;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The dead-letter endpoint of every hosted flow. Stores the message as originally received, with the error, and
 * answers the sender 202 with the stored id. If the store fails, the exception travels back to the sender (the
 * routes use {@code deadLetterHandleNewException=false}): nothing is dropped silently.
 *
 * <p>A replay that fails is not stored again: the replay service records its outcome on the original message.
 */
public final class FailureRecorder implements Processor {

    public static final String ENDPOINT = "direct:switchboard-failed";
    public static final String REPLAY_OF = "SwitchboardReplayOf";
    public static final String FAILED_PROPERTY = "SwitchboardFailed";
    public static final String RETRIES_PROPERTY = "SwitchboardRetries";
    public static final String CORRELATION_HEADER = "SwitchboardCorrelationId";

    private final FlowRegistry registry;
    private final FailedMessageStore store;
    private final FlowMetrics metrics;
    private final RuntimeEvents events;

    public FailureRecorder(FlowRegistry registry, FailedMessageStore store, FlowMetrics metrics, RuntimeEvents events) {
        this.registry = registry;
        this.store = store;
        this.metrics = metrics;
        this.events = events;
    }

    @Override
    public void process(Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.setProperty(FAILED_PROPERTY, error == null ? "unknown error" : describe(error));
        if (exchange.getProperty(REPLAY_OF) != null) {
            return;
        }
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
        HostedFlow hosted = registry.byRoute(routeId)
                .orElseThrow(() -> new IllegalStateException("a failure from unknown route " + routeId));
        byte[] payload = received(exchange);
        if (payload.length == 0 && hosted.flow().source() instanceof FlowSource.Http) {
            // Nothing is acknowledged that is not complete: the sender hears an error and sends again.
            throw new IllegalStateException("flow " + hosted.flowId() + ": the message's body was lost before it "
                    + "could be stored");
        }
        String correlationId = exchange.getMessage().getHeader(CORRELATION_HEADER, exchange.getExchangeId(), String.class);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CORRELATION_HEADER, correlationId);
        FailedMessage failed = new FailedMessage(0, hosted.flowId(), hosted.version(),
                Instant.ofEpochMilli(exchange.getClock().getCreated()), Instant.now(), correlationId,
                IdempotencyKeys.of(hosted.flow(), payload).orElse(null),
                error == null ? "unknown" : error.getClass().getName(),
                error == null ? null : error.getMessage(),
                exchange.getProperty(Exchange.FAILURE_ENDPOINT, String.class),
                attempts(exchange), FailedMessage.Status.FAILED, "application/json", headers, payload);
        long id = store.store(failed);
        metrics.of(hosted.flowId()).failed();
        metrics.of(hosted.flowId()).failed(FailureRecorder.describe(error == null ? new IllegalStateException() : error));
        // Everything a list row needs, so a monitor shows new failures without asking; the error without the text
        // it quotes (which may be a payload's), as viewers are shown it: the stream is the same for every role.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("failedId", id);
        data.put("flowVersion", hosted.version());
        data.put("receivedAt", failed.receivedAt().toString());
        data.put("failedAt", failed.failedAt().toString());
        data.put("correlationId", correlationId);
        data.put("idempotencyKey", failed.idempotencyKey() == null ? "" : failed.idempotencyKey());
        data.put("errorType", failed.errorType());
        data.put("error", failed.errorMessage() == null ? "" : Quotes.removed(failed.errorMessage()));
        data.put("where", failed.errorWhere() == null ? "" : failed.errorWhere());
        data.put("attempts", failed.attempts());
        data.put("status", FailedMessage.Status.FAILED.name());
        data.put("groupId", FailedMessageStore.signature(failed).id());
        events.publish(RuntimeEvent.of(RuntimeEvent.Type.FAILURE, hosted.flowId(), data));

        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(("{\"status\":\"stored\",\"failedId\":" + id + ",\"correlationId\":\""
                + correlationId + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The message as the ingress received it; what the route's steps did to the body does not matter. */
    private static byte[] received(Exchange exchange) {
        String received = exchange.getProperty(RuntimeBinding.RECEIVED_PROPERTY, String.class);
        if (received != null) {
            return received.getBytes(StandardCharsets.UTF_8);
        }
        byte[] body = exchange.getMessage().getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }

    private static int attempts(Exchange exchange) {
        return 1 + exchange.getProperty(RETRIES_PROPERTY, 0, Integer.class);
    }

    static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
