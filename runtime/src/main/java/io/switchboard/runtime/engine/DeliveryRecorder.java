package io.switchboard.runtime.engine;

import io.switchboard.runtime.store.IdempotencyStore;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.Exchange;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Watches exchanges of hosted flows: counts each message in, and records the idempotency key and latency of each
 * one delivered. Replays record their keys themselves and are left alone here.
 */
public final class DeliveryRecorder extends EventNotifierSupport {

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
                String key = exchange.getMessage().getHeader("SwitchboardIdempotencyKey", String.class);
                if (key != null) {
                    keys.recordDelivered(hosted.flowId(), key);
                }
            } else if (event instanceof CamelEvent.ExchangeFailedEvent && exchange.getException() != null) {
                counters.failed(FailureRecorder.describe(exchange.getException()));
            }
        });
    }

    private static boolean delivered(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return exchange.getException() == null && exchange.getProperty(FailureRecorder.FAILED_PROPERTY) == null
                && (status == null || status < 400);
    }
}
