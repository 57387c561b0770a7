package io.switchboard.runtime.engine;

import io.switchboard.flow.export.RuntimeBinding;
import io.switchboard.runtime.store.IdempotencyStore;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Watches exchanges of hosted flows: counts each message in, and the latency of each one delivered; and, called
 * from the route, records the idempotency key of each delivery. Replays claim their keys themselves.
 */
public final class DeliveryRecorder extends EventNotifierSupport {

    /** Where each delivered message passes, in the route, before its sender is answered. */
    public static final String ENDPOINT = "direct:switchboard-delivered";
    static final String KEY_HEADER = "SwitchboardIdempotencyKey";

    private final FlowRegistry registry;
    private final IdempotencyStore keys;
    private final FlowMetrics metrics;

    public DeliveryRecorder(FlowRegistry registry, IdempotencyStore keys, FlowMetrics metrics) {
        this.registry = registry;
        this.keys = keys;
        this.metrics = metrics;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
        setIgnoreExchangeCreatedEvent(true);
    }

    @Override
    public void notify(CamelEvent event) {
        if (!(event instanceof CamelEvent.ExchangeEvent exchangeEvent)) {
            return;
        }
        Exchange exchange = exchangeEvent.getExchange();
        if (event instanceof CamelEvent.ExchangeRedeliveryEvent) {
            // A property, unlike the redelivery header, survives the return to the original message.
            exchange.setProperty(FailureRecorder.RETRIES_PROPERTY,
                    exchange.getProperty(FailureRecorder.RETRIES_PROPERTY, 0, Integer.class) + 1);
        }
        if (exchange.getProperty(FailureRecorder.REPLAY_OF) != null) {
            return;
        }
        registry.byRoute(exchange.getFromRouteId()).ifPresent(hosted -> {
            FlowMetrics.Counters counters = metrics.of(hosted.flowId());
            if (event instanceof CamelEvent.ExchangeRedeliveryEvent) {
                counters.retried();
                return;
            }
            if (event instanceof CamelEvent.ExchangeCompletedEvent && delivered(exchange)) {
                counters.delivered(System.currentTimeMillis() - exchange.getClock().getCreated());
            } else if (event instanceof CamelEvent.ExchangeFailedEvent && exchange.getException() != null) {
                counters.failed(FailureRecorder.describe(exchange.getException()));
            }
            // Each message ends exactly once, completed or failed: that is where it is counted in, after its
            // outcome, so that whoever sees it counted in also sees how it ended.
            if (event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent) {
                counters.received();
            }
        });
    }

    /**
     * Records the key of a message the target accepted. Runs in the route, so it is queued before the sender is
     * answered and before any replay that answer could prompt.
     */
    public void recordKey(Exchange exchange) {
        String key = exchange.getMessage().getHeader(KEY_HEADER, String.class);
        // A replay claimed its key before sending: writing it again would only cost a write.
        if (key == null || exchange.getProperty(FailureRecorder.REPLAY_OF) != null) {
            return;
        }
        registry.byRoute(exchange.getFromRouteId())
                .or(() -> registry.byRoute(exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class)))
                .ifPresent(hosted -> {
                    keys.recordDelivered(hosted.flowId(), key);
                    // Recorded: a copy now finds it delivered. Held until the exchange's end, a copy sent as soon as
                    // the sender had its answer could still find it "being delivered" (the answer goes out first).
                    receiving.remove(hosted.flowId() + '\n' + key);
                });
    }

    private static boolean delivered(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return exchange.getException() == null && exchange.getProperty(FailureRecorder.FAILED_PROPERTY) == null
                && exchange.getProperty(RuntimeBinding.DUPLICATE_PROPERTY) == null
                && (status == null || status < 400);
    }

    /** Keys of messages received and not yet ended, per flow: a second one meanwhile is a duplicate in flight. */
    private final java.util.Set<String> receiving = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The idempotent receiver of a flow that deduplicates every message, called from its route once the key is
     * known: a message whose key was delivered is answered 200 as a duplicate, one whose key is being delivered
     * right now (by another message or a replay) 409; either way the rest of the flow is skipped and nothing is
     * delivered again. A first message goes on, holding its key until it ends.
     */
    public void receive(Exchange exchange) {
        String key = exchange.getMessage().getHeader(KEY_HEADER, String.class);
        Optional<HostedFlow> hosted = registry.byRoute(exchange.getFromRouteId());
        if (key == null || hosted.isEmpty()) {
            return;
        }
        String held = hosted.get().flowId() + '\n' + key;
        if (!receiving.add(held)) {
            duplicate(exchange, 409, Map.of("error", "a message with idempotency key " + key
                    + " is being delivered right now; retry later"));
            return;
        }
        IdempotencyStore.Known known = keys.known(hosted.get().flowId(), key);
        if (known != IdempotencyStore.Known.NOTHING) {
            receiving.remove(held);
            duplicate(exchange, known == IdempotencyStore.Known.DELIVERED ? 200 : 409,
                    known == IdempotencyStore.Known.DELIVERED
                            ? Map.of("duplicate", true, "idempotencyKey", key,
                            "outcome", "delivered before; not delivered again")
                            : Map.of("error", "a message with idempotency key " + key
                            + " is being replayed right now; retry later"));
            return;
        }
        exchange.getExchangeExtension().addOnCompletion(new org.apache.camel.support.SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                receiving.remove(held);
            }
        });
    }

    private static void duplicate(Exchange exchange, int status, Map<String, Object> answer) {
        exchange.setProperty(RuntimeBinding.DUPLICATE_PROPERTY, status);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            exchange.getMessage().setBody(io.switchboard.runtimeclient.wire.Json.MAPPER.writeValueAsString(answer));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
