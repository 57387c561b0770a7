package io.switchboard.runtime.engine;

import io.switchboard.runtime.store.IdempotencyStore;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.Exchange;
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
            // Each message ends exactly once, completed or failed: that is where it is counted in.
            if (event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent) {
                counters.received();
            }
            if (event instanceof CamelEvent.ExchangeCompletedEvent && delivered(exchange)) {
                counters.delivered(System.currentTimeMillis() - exchange.getClock().getCreated());
            } else if (event instanceof CamelEvent.ExchangeFailedEvent && exchange.getException() != null) {
                counters.failed(FailureRecorder.describe(exchange.getException()));
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
                .ifPresent(hosted -> keys.recordDelivered(hosted.flowId(), key));
    }

    private static boolean delivered(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return exchange.getException() == null && exchange.getProperty(FailureRecorder.FAILED_PROPERTY) == null
                && (status == null || status < 400);
    }
}
