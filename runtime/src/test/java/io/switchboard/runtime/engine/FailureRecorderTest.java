package io.switchboard.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.flow.export.RuntimeBinding;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageQuery;
import io.switchboard.runtime.store.FailedMessageStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is acknowledged as stored that is not complete: the message as received, or an error to its sender. */
class FailureRecorderTest {

    @TempDir
    Path data;

    private final Flow flow = new Flow(1, "orders", "Orders", new FlowSource.Http("/orders", "POST"), List.of(),
            new FlowTarget.Log("orders"), null, ".orderId", null, List.of());
    private final HostedFlow hosted = new HostedFlow(flow, 1, new RuntimeBinding(1, FailureRecorder.ENDPOINT,
            DeliveryRecorder.ENDPOINT, "unused"));

    @Test
    void theMessageIsStoredAsTheIngressReceivedItWhateverLaterStepsDidToTheBody() throws Exception {
        try (Database database = Database.open(data); DefaultCamelContext camel = new DefaultCamelContext()) {
            FailedMessageStore store = new FailedMessageStore(database);
            Exchange exchange = failedExchange(camel, "{\"invoiceNumber\":\"INV-1\"}");
            exchange.setProperty(RuntimeBinding.RECEIVED_PROPERTY, "{\"orderId\":\"ORD-1\"}");

            recorder(store).process(exchange);

            FailedMessage stored = store.find(store.list(FailedMessageQuery.all()).get(0).id()).orElseThrow();
            assertArrayEquals("{\"orderId\":\"ORD-1\"}".getBytes(StandardCharsets.UTF_8), stored.payload());
            assertEquals("ORD-1", stored.idempotencyKey());
            assertEquals(202, exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE));
        }
    }

    @Test
    void anHttpMessageWhoseBodyWasLostIsAnErrorToItsSenderNotAnEmpty202() throws Exception {
        try (Database database = Database.open(data); DefaultCamelContext camel = new DefaultCamelContext()) {
            FailedMessageStore store = new FailedMessageStore(database);
            Exchange exchange = failedExchange(camel, "");

            assertThrows(IllegalStateException.class, () -> recorder(store).process(exchange));

            assertEquals(0, store.count(FailedMessageQuery.all()));
        }
    }

    private FailureRecorder recorder(FailedMessageStore store) {
        FlowRegistry registry = new FlowRegistry();
        registry.activate(hosted);
        return new FailureRecorder(registry, store, new FlowMetrics(), new RuntimeEvents());
    }

    private Exchange failedExchange(DefaultCamelContext camel, String body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        exchange.setProperty(Exchange.FAILURE_ROUTE_ID, hosted.processingRouteId());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("refused"));
        return exchange;
    }
}
