package io.switchboard.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.task.ManualTasks;
import io.switchboard.monitor.connection.ConnectionState;
import io.switchboard.monitor.health.FlowTile;
import io.switchboard.monitor.health.HealthLevel;
import io.switchboard.runtimeclient.RuntimeClient;
import java.util.ArrayList;
import io.switchboard.runtimeclient.wire.Objectives;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor's view models without a stage, against a real runtime on 127.0.0.1 whose target breaks: an incident
 * as an operator lives it. The monitor's clock is the test's; the runtime's events arrive on their own thread.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MonitorViewModelTest {

    @TempDir
    Path data;

    private final ManualTasks tasks = new ManualTasks();
    private LiveRuntime live;
    private MonitorViewModel monitor;

    @BeforeEach
    void start() throws Exception {
        live = new LiveRuntime(data);
    }

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.close();
        }
        live.close();
    }

    private MonitorViewModel watch(RuntimeClient client) {
        monitor = new MonitorViewModel(client, tasks, "test runtime");
        monitor.start();
        until("live", () -> monitor.connectionProperty().get() == ConnectionState.LIVE);
        return monitor;
    }

    @Test
    void failuresAppearLiveInTheirGroupWhileTheSelectionStaysAndTheFlowTurnsFailing() throws Exception {
        watch(live.admin());
        until("the flow's first health", () -> !monitor.health().tiles().isEmpty());
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-1"));
        assertEquals(202, live.send("FAIL-2"));

        until("two rows in one group", () -> monitor.failures().messages().size() == 2
                && monitor.failures().groups().size() == 1 && monitor.failures().groups().get(0).waiting() == 2);
        FailedMessageSummary selected = monitor.failures().messages().get(1);
        monitor.details().selectedProperty().set(selected);
        until("its details", () -> monitor.details().detailProperty().get() != null);
        assertTrue(monitor.details().payloadProperty().get().contains("\"orderId\" : \"FAIL-1\""),
                monitor.details().payloadProperty().get());

        assertEquals(202, live.send("FAIL-3"));
        until("the new failure on top", () -> monitor.failures().messages().size() == 3);
        assertEquals(3, monitor.failures().messages().stream().map(FailedMessageSummary::id).distinct().count());
        assertTrue(monitor.failures().messages().get(0).id() > monitor.failures().messages().get(1).id());
        assertSame(selected, monitor.failures().messages().get(2), "the selected message stays in the list");
        assertSame(selected, monitor.details().selectedProperty().get());

        FlowTile orders = monitor.health().tiles().get(0);
        until("the flow failing", () -> orders.levelProperty().get() == HealthLevel.FAILING
                || sent(live, "FAIL-more-" + System.nanoTime()));
        assertEquals("orders", orders.flowId());
    }

    @Test
    void thresholdsAreKeptOnTheRuntimeDeploysAreMarkedAndTheKpisRead() throws Exception {
        watch(live.admin());
        until("the deploy read at start", () -> monitor.health().deploys().size() == 1);
        assertEquals("orders v1", monitor.health().deploys().get(0).label());
        until("the flow's first health", () -> !monitor.health().tiles().isEmpty());

        Objectives strict = new Objectives("orders", 0.0, 0.0, 0, 0, 500, 0.01, true);
        List<String> saved = new ArrayList<>();
        monitor.saveObjectives(strict, saved::add);
        until("saved", () -> saved.equals(List.of("")));
        assertEquals(0.0, monitor.health().thresholds("orders").failingErrorRate());
        assertTrue(monitor.health().objectives("orders").own());
        until("failing against a zero threshold", () -> monitor.health().tiles().get(0).levelProperty().get()
                == HealthLevel.FAILING);
        MonitorViewModel second = new MonitorViewModel(live.admin(), tasks, "another monitor");
        try {
            second.start();
            until("the thresholds shared by every monitor", () -> second.health().objectives("orders").own());
        } finally {
            second.close();
        }
        monitor.saveObjectives(new Objectives("orders", 0.5, 0.1, 0, 0, 500, 0.01, true), saved::add);
        until("refused", () -> saved.size() == 2);
        assertTrue(saved.get(1).contains("failingErrorRate"), saved.get(1));

        live.target().broken(true);
        assertEquals(202, live.send("FAIL-K"));
        monitor.kpis().reload();
        until("today's failure in the KPIs", () -> monitor.kpis().flows().size() == 1
                && monitor.kpis().flows().get(0).periods().get(13).failures() == 1);
        assertNotNull(monitor.kpis().flows().get(0).oldestWaitingAgeSeconds());
    }

    @Test
    void oneMessageAndThenItsGroupAreReplayedAfterADryRunWithProgressAndEachDeliveredOnce() throws Exception {
        watch(live.admin());
        live.target().broken(true);
        for (int i = 0; i < 6; i++) {
            assertEquals(202, live.send("FAIL-" + i));
        }
        until("six waiting in the group", () -> monitor.failures().groups().size() == 1
                && monitor.failures().groups().get(0).waiting() == 6 && monitor.failures().messages().size() == 6);
        live.target().broken(false);
        until("allowed to replay", () -> monitor.replay().mayReplayProperty().get());

        monitor.replay().replayOne(monitor.failures().messages().get(0));
        assertTrue(monitor.replay().outcomes().get(0).contains("delivered"), monitor.replay().outcomes().toString());
        String group = monitor.failures().groups().get(0).id();
        monitor.replay().ask("the group", null, FailedFilter.ofGroup(group));
        assertEquals(5, monitor.replay().pendingProperty().get().matched());
        monitor.replay().confirm(0, "invoice service is back");

        until("the job done", () -> !monitor.replay().runningProperty().get()
                && monitor.replay().jobProperty().get() != null
                && monitor.replay().jobProperty().get().state().equals("DONE"));
        assertEquals(1.0, monitor.replay().progressProperty().get());
        assertTrue(monitor.replay().progressTextProperty().get().contains("5 delivered"),
                monitor.replay().progressTextProperty().get());
        assertEquals(6, live.target().delivered().size());
        assertEquals(6, live.target().delivered().stream().distinct().count(), "each delivered once");
        until("the group emptied", () -> monitor.failures().groups().get(0).waiting() == 0);
        assertEquals("", monitor.replay().warningProperty().get());
    }

    @Test
    void aViewerSeesPayloadsMaskedAndMayNotReplayAndIsToldWhy() throws Exception {
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-MASK"));
        watch(live.withRole("night-viewer", "viewer"));
        until("the row", () -> monitor.failures().messages().size() == 1);
        until("the role", () -> !monitor.replay().whyNotProperty().get().startsWith("Connecting"));

        assertFalse(monitor.replay().mayReplayProperty().get());
        assertTrue(monitor.replay().whyNotProperty().get().contains("operator"),
                monitor.replay().whyNotProperty().get());
        monitor.details().selectedProperty().set(monitor.failures().messages().get(0));
        until("its details", () -> monitor.details().detailProperty().get() != null);
        assertTrue(monitor.details().detailProperty().get().masked());
        assertFalse(monitor.details().payloadProperty().get().contains("Anna.Schmidt@Example.COM"));
    }

    @Test
    void aRuntimeStoppedAndStartedAgainIsFollowedWithoutLosingOrRepeatingRows() throws Exception {
        watch(live.admin());
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-A"));
        assertEquals(202, live.send("FAIL-B"));
        until("two rows", () -> monitor.failures().messages().size() == 2);

        live.stop();
        until("reconnecting", () -> monitor.connectionProperty().get() == ConnectionState.RECONNECTING
                || monitor.connectionProperty().get() == ConnectionState.UNREACHABLE);
        live.start();
        until("live again", () -> monitor.connectionProperty().get() == ConnectionState.LIVE);
        assertEquals(202, live.send("FAIL-C"));

        until("the failure after the restart", () -> monitor.failures().messages().size() == 3);
        List<Long> ids = monitor.failures().messages().stream().map(FailedMessageSummary::id).toList();
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
    }

    private static boolean sent(LiveRuntime live, String orderId) {
        try {
            live.send(orderId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return false;
    }

    /** Moves the monitor's clock a drain at a time until the condition holds; at most 30 s of real time. */
    private void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            tasks.advance(MonitorViewModel.DRAIN_EVERY);
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
