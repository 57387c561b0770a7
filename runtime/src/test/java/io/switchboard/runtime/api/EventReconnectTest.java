package io.switchboard.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.Bundles;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client's event stream survives the runtime going away and coming back on the same address. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EventReconnectTest {

    @TempDir
    Path data;

    @Test
    void theSubscriptionReconnectsByItselfAfterTheRuntimeRestarts() throws Exception {
        RuntimeConfiguration configuration = RuntimeConfiguration.defaults(data)
                .withIngressPort(LoopbackPorts.free()).withApiPort(LoopbackPorts.free());
        SwitchboardRuntime runtime = SwitchboardRuntime.start(configuration);
        var client = new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
        LinkedBlockingQueue<RuntimeEventMessage> events = new LinkedBlockingQueue<>();
        List<EventSubscription.State> states = new CopyOnWriteArrayList<>();
        EventSubscription subscription = client.events(event -> {
            if (!event.type().equals("HEALTH")) {
                events.add(event);
            }
        }, states::add);
        try {
            awaitState(subscription, EventSubscription.State.CONNECTED);
            runtime.close();
            awaitState(subscription, EventSubscription.State.RECONNECTING);

            runtime = SwitchboardRuntime.start(configuration);
            awaitState(subscription, EventSubscription.State.CONNECTED);
            DeployBundle bundle = Bundles.orders("http://127.0.0.1:9/invoices");
            runtime.host().deploy(bundle, "test");

            RuntimeEventMessage deploy = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(deploy, "no event after the reconnect");
            assertEquals("DEPLOY", deploy.type());
            assertTrue(states.contains(EventSubscription.State.RECONNECTING), states.toString());
        } finally {
            subscription.close();
            runtime.close();
        }
    }

    private static void awaitState(EventSubscription subscription, EventSubscription.State state)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (subscription.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(state, subscription.state());
    }
}
