package io.switchboard.monitor.connection;

import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.wire.RuntimeEventMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the event stream enters the monitor: the stream's reader thread adds, the FX side drains a batch a few
 * times a second. Health snapshots and job progress are kept latest-only; failures and replay outcomes are kept
 * in order up to a bound, beyond which they are only counted (the view then reloads from the runtime instead of
 * adding rows one by one): memory stays bounded however fast the runtime fails and however long the monitor runs.
 */
public final class EventAggregator {

    public static final int MAX_KEPT = 2_000;

    /** What arrived since the last drain. */
    public record Batch(EventSubscription.State stream, RuntimeEventMessage health,
                        List<RuntimeEventMessage> failures, int failuresNotKept, List<RuntimeEventMessage> replays,
                        int replaysNotKept, Map<Long, RuntimeEventMessage> jobs, List<RuntimeEventMessage> deploys,
                        boolean reset) {
    }

    /** Deploys are rare; more than this between two drains are not marked on the chart. */
    static final int MAX_DEPLOYS = 50;

    private EventSubscription.State stream;

    private RuntimeEventMessage health;
    private List<RuntimeEventMessage> failures = new ArrayList<>();
    private int failuresNotKept;
    private List<RuntimeEventMessage> replays = new ArrayList<>();
    private int replaysNotKept;
    private Map<Long, RuntimeEventMessage> jobs = new LinkedHashMap<>();
    private List<RuntimeEventMessage> deploys = new ArrayList<>();
    private boolean reset;

    /** The stream's state, from its reader thread: the latest one is drained. */
    public synchronized void streamState(EventSubscription.State state) {
        stream = state;
    }

    /** From any thread. */
    public synchronized void add(RuntimeEventMessage event) {
        switch (event.type()) {
            case "HEALTH" -> health = event;
            case "FAILURE" -> {
                if (failures.size() < MAX_KEPT) {
                    failures.add(event);
                } else {
                    failuresNotKept++;
                }
            }
            case "REPLAY" -> {
                if (replays.size() < MAX_KEPT) {
                    replays.add(event);
                } else {
                    replaysNotKept++;
                }
            }
            case "REPLAY_JOB" -> {
                Object id = event.data().get("jobId");
                if (id instanceof Number number) {
                    jobs.put(number.longValue(), event);
                }
            }
            case "DEPLOY" -> {
                if (deploys.size() < MAX_DEPLOYS) {
                    deploys.add(event);
                }
            }
            case "RESET" -> reset = true;
            default -> {
                // Kinds this monitor does not show yet are dropped.
            }
        }
    }

    /** Everything since the last drain, and a fresh start. */
    public synchronized Batch drain() {
        Batch batch = new Batch(stream, health, failures, failuresNotKept, replays, replaysNotKept, jobs, deploys,
                reset);
        stream = null;
        health = null;
        failures = new ArrayList<>();
        failuresNotKept = 0;
        replays = new ArrayList<>();
        replaysNotKept = 0;
        jobs = new LinkedHashMap<>();
        deploys = new ArrayList<>();
        reset = false;
        return batch;
    }
}
