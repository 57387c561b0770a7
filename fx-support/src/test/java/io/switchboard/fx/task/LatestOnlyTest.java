package io.switchboard.fx.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Only the latest request counts, after its pause; a failure reaches its handler instead of a future nobody reads. */
class LatestOnlyTest {

    private static final Duration PAUSE = Duration.ofMillis(100);

    private final ManualTasks tasks = new ManualTasks();
    private final LatestOnly latest = new LatestOnly(tasks, PAUSE);
    private final List<String> delivered = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    private void request(String value) {
        latest.request(() -> () -> {
            runs.incrementAndGet();
            return value;
        }, delivered::add, failure -> failures.add(failure.getMessage()));
    }

    @Test
    void requestsWithinThePauseRunOnlyTheLast() {
        request("a");
        tasks.advance(PAUSE.minusMillis(1));
        request("b");
        tasks.advance(PAUSE.minusMillis(1));
        request("c");
        assertTrue(latest.busy());

        tasks.advance(PAUSE);

        assertEquals(List.of("c"), delivered);
        assertEquals(1, runs.get());
        assertFalse(latest.busy());
    }

    @Test
    void theWorkIsTakenWhenThePauseEnds() {
        StringBuilder state = new StringBuilder("old");
        latest.request(() -> {
            String seen = state.toString();
            return () -> seen;
        }, delivered::add, failure -> { });
        state.replace(0, 3, "new");

        tasks.advance(PAUSE);

        assertEquals(List.of("new"), delivered);
    }

    @Test
    void aFailureIsHandedToItsHandler() {
        latest.<String>now(() -> {
            throw new IllegalStateException("broken");
        }, delivered::add, failure -> failures.add(failure.getMessage()));

        assertEquals(List.of("broken"), failures);
        assertEquals(List.of(), delivered);
    }

    @Test
    void aStackExhaustedByTheInputIsAFailureToo() {
        latest.now(LatestOnlyTest::endless, delivered::add, failure -> failures.add(failure.getMessage()));

        assertEquals(List.of("the input is nested too deeply to handle"), failures);
    }

    @Test
    void cancelDropsWhatIsWaiting() {
        request("a");
        latest.cancel();
        tasks.advance(PAUSE);

        assertEquals(List.of(), delivered);
        assertEquals(0, runs.get());
    }

    private static String endless() {
        return endless() + "";
    }
}
