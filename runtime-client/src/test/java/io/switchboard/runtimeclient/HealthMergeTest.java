package io.switchboard.runtimeclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.switchboard.runtimeclient.wire.FlowHealth;
import io.switchboard.runtimeclient.wire.Health;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthMergeTest {

    private static Health runtime(String name, long uptime, FlowHealth... flows) {
        return new Health(uptime, 4096, 7, List.of(flows), name, "postgresql", null);
    }

    @Test
    void anEnvironmentsHealthIsItsRuntimesTogetherWithEachOneKept() {
        Health a = runtime("a:8081", 600, new FlowHealth("orders", 3, "RUNNING", 100, 90, 10, 4, 2.5, 10, 40, 90,
                null), new FlowHealth("refunds", 1, "STOPPED", 0, 0, 0, 0, 0, 0, 0, 0, null));
        Health b = runtime("b:8081", 60, new FlowHealth("orders", 3, "STOPPED", 50, 49, 1, 0, 1.5, 12, 35, 120,
                "422 from the target"));

        Health merged = HealthMerge.merge(List.of(a, b));

        assertEquals(600, merged.uptimeSeconds());
        assertEquals(7, merged.failedWaiting(), "the shared store's waiting messages, counted once");
        assertEquals("a:8081, b:8081", merged.instance());
        assertEquals(List.of(a, b), merged.instances());
        FlowHealth orders = merged.flows().get(0);
        assertEquals(new FlowHealth("orders", 3, "RUNNING", 150, 139, 11, 4, 4.0, 12, 40, 120, "422 from the target"),
                orders);
        assertEquals("STOPPED", merged.flows().get(1).state());
        assertSame(a, HealthMerge.merge(List.of(a)), "one runtime is its own health");
    }

    @Test
    void urlsAreSeparatedByCommasOrSpaces() {
        assertEquals(List.of("http://a:8081", "http://b:8081", "http://c:8081"),
                EnvironmentClient.urls(" http://a:8081, http://b:8081  http://c:8081 "));
    }
}
