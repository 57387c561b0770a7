package io.switchboard.runtime.engine;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;

/**
 * Where a flow's ingress hands each message: the processing route of the active version. A deploy points it at the
 * new version in one step, so no message meets a flow without a route (replacing a route in Camel stops it first,
 * and a route that is stopping refuses what it is given).
 */
final class VersionSwitch implements Processor {

    private final ProducerTemplate producer;
    private final AtomicReference<Endpoint> active = new AtomicReference<>();

    VersionSwitch(ProducerTemplate producer) {
        this.producer = producer;
    }

    void point(Endpoint processing) {
        active.set(processing);
    }

    @Override
    public void process(Exchange exchange) {
        // The same exchange goes on and comes back with its outcome (or its exception) for the ingress to answer.
        producer.send(active.get(), exchange);
    }
}
