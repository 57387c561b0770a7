package io.switchboard.runtime;

import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.engine.DeliveryRecorder;
import io.switchboard.runtime.engine.FailureRecorder;
import io.switchboard.runtime.engine.FlowHost;
import io.switchboard.runtime.engine.FlowMetrics;
import io.switchboard.runtime.engine.MinuteSampler;
import io.switchboard.runtime.store.KpiStore;
import io.switchboard.runtime.store.ObjectivesStore;
import io.switchboard.runtime.engine.FlowRegistry;
import io.switchboard.runtime.engine.ReplayJobs;
import io.switchboard.runtime.engine.ReplayService;
import io.switchboard.runtime.engine.RuntimeEvents;
import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.FailureGroupStore;
import io.switchboard.runtime.store.ReplayJobStore;
import io.switchboard.runtime.store.FlowVersionStore;
import io.switchboard.runtime.store.IdempotencyStore;
import io.switchboard.runtime.store.ReplayLog;
import io.switchboard.runtime.api.ManagementApi;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.switchboard.runtime.security.AdminTokenFile;
import io.switchboard.runtime.security.TokenService;
import io.switchboard.runtime.store.DataFolder;
import io.switchboard.runtime.store.StoreCheck;
import io.switchboard.runtime.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.ProducerTemplate;

/**
 * The runtime's composition root: opens the database in the data folder, wires the stores, the flow host and the
 * replay service, and starts them. Used embedded by the studio and on its own by {@code switchboard runtime}.
 */
public final class SwitchboardRuntime implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SwitchboardRuntime.class);
    /** Well within InstanceRegistry.LEASE, so that one late beat does not make this runtime look gone. */
    static final int HEARTBEAT_SECONDS = 10;
    /** How soon a deploy through another runtime of a shared store is running here too. */
    static final long FOLLOW_MILLIS = 1000;

    private final RuntimeConfiguration configuration;
    private final Database database;
    private final String instance;
    private final io.switchboard.runtime.store.InstanceRegistry instances;
    private final FailedMessageStore failedMessages;
    private final FailureGroupStore groups;
    private final ReplayJobs replayJobs;
    private final AuditLog audit;
    private final FlowVersionStore versions;
    private final FlowMetrics metrics = new FlowMetrics();
    private final KpiStore kpis;
    private final ObjectivesStore objectives;
    private final MinuteSampler minutes;
    private final java.util.concurrent.ScheduledExecutorService minuteTimer = daemonTimer("kpi-minutes");
    private final java.util.concurrent.ScheduledExecutorService heartbeat = daemonTimer("store-heartbeat");
    /**
     * Flows' messages are processed on Vert.x's worker pool and wait there on their targets (up to each flow's
     * timeout and concurrency limit); the management API has threads of its own.
     */
    static final int FLOW_WORKERS = 64;

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setWorkerPoolSize(FLOW_WORKERS));
    private final RuntimeEvents events = new RuntimeEvents();
    private final FlowRegistry registry = new FlowRegistry();
    private final FlowHost host;
    private final ReplayService replay;
    private final ReplayLog replayLog;
    private final TokenService tokens;
    private final ManagementApi api;
    private Path adminTokenFile;
    private int apiPort;
    private volatile ProducerTemplate producer;

    private SwitchboardRuntime(RuntimeConfiguration configuration, Database database) {
        this.configuration = configuration;
        this.instance = io.switchboard.runtime.config.InstanceName.of(configuration, System.getenv());
        this.instances = new io.switchboard.runtime.store.InstanceRegistry(database, java.time.Clock.systemUTC());
        this.database = database;
        this.failedMessages = new FailedMessageStore(database);
        this.groups = new FailureGroupStore(database);
        this.audit = new AuditLog(database);
        this.versions = new FlowVersionStore(database);
        IdempotencyStore keys = new IdempotencyStore(database);
        FailureRecorder failures = new FailureRecorder(registry, failedMessages, metrics, events);
        this.host = new FlowHost(configuration, registry, versions, failures,
                new DeliveryRecorder(registry, keys, metrics), events, vertx);
        this.replayLog = new ReplayLog(database);
        this.replay = new ReplayService(failedMessages, keys, replayLog, audit, registry, events, this::producer,
                database.writer(), instance);
        this.replayJobs = new ReplayJobs(new ReplayJobStore(database), failedMessages, replay, audit, events,
                instance, java.time.Clock.systemUTC());
        this.tokens = new TokenService(database);
        this.kpis = new KpiStore(database);
        this.objectives = new ObjectivesStore(database);
        this.minutes = new MinuteSampler(registry, metrics, objectives, kpis);
        this.api = new ManagementApi(new ManagementApi.Parts(configuration, events, audit, database, failedMessages,
                groups, registry, replay, replayJobs, replayLog, versions, host, metrics, kpis, objectives, instance), tokens,
                vertx);
    }

    /**
     * Opens the data folder (creating it on first start) and starts hosting the flows deployed there. A folder
     * whose store is missing, damaged, not writable or not this user's is refused with a
     * {@link StoreUnavailableException} that says what to do; a new store is made only in a new or empty folder.
     */
    public static SwitchboardRuntime start(RuntimeConfiguration configuration) throws Exception {
        Path dir = configuration.dataDir();
        DataFolder.prepare(dir, System.getProperty("user.name"));
        Database database = configuration.sharedStore() != null ? StoreCheck.openShared(configuration.sharedStore())
                : StoreCheck.open(dir);
        try {
            StoreCheck.verify(database, dir);
            DataFolder.restrict(dir);
        } catch (StoreUnavailableException | IOException e) {
            database.close();
            throw e;
        }
        SwitchboardRuntime runtime = new SwitchboardRuntime(configuration, database);
        try {
            runtime.adminTokenFile = AdminTokenFile.ensure(configuration.dataDir(), runtime.tokens, database.shared());
            runtime.groups.assignMissing();
            // Only a shared store has other runtimes: the H2 file is this runtime's alone, whatever it was called
            // before a crash.
            java.util.List<String> others = database.shared() ? runtime.instances.join(runtime.instance)
                    : java.util.List.of();
            if (others.isEmpty()) {
                // Alone with the store: what a stop cut short (replays, jobs, claimed keys) is this runtime's now.
                runtime.replayJobs.interruptUnfinished();
                runtime.replay.recoverInterrupted();
            } else {
                LOG.info("Runtimes alive on the shared store: {}; what they are doing stays theirs", others);
            }
            if (configuration.apiPort() > 0) {
                // Known already: the flows brought back are checked against it too.
                runtime.host.checkTargetsWith(java.util.List.of(configuration.apiHost() + ":" + configuration.apiPort()));
            }
            runtime.host.start();
            if (database.shared()) {
                // Its own thread: a beat must not wait behind a deploy being followed, or its lease runs out.
                runtime.heartbeat.scheduleAtFixedRate(runtime::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                        java.util.concurrent.TimeUnit.SECONDS);
                runtime.minuteTimer.scheduleWithFixedDelay(runtime::follow, FOLLOW_MILLIS, FOLLOW_MILLIS,
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            runtime.apiPort = runtime.api.start();
            runtime.minuteTimer.scheduleAtFixedRate(() -> runtime.minutes.sample(java.time.Instant.now()), 60, 60,
                    java.util.concurrent.TimeUnit.SECONDS);
            runtime.host.checkTargetsWith(java.util.List.of(configuration.apiHost() + ":" + runtime.apiPort));
        } catch (Exception e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    private ProducerTemplate producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = host.context().createProducerTemplate();
                }
            }
        }
        return producer;
    }

    /** The management API's base URL, e.g. {@code http://127.0.0.1:8081}. */
    public String apiUrl() {
        String host = configuration.apiHost().contains(":") ? "[" + configuration.apiHost() + "]" : configuration.apiHost();
        return "http://" + host + ":" + apiPort;
    }

    public Path adminTokenFile() {
        return adminTokenFile;
    }

    public ManagementApi api() {
        return api;
    }

    public TokenService tokens() {
        return tokens;
    }

    public ReplayLog replayLog() {
        return replayLog;
    }

    public RuntimeConfiguration configuration() {
        return configuration;
    }

    private static java.util.concurrent.ScheduledExecutorService daemonTimer(String name) {
        return java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How this runtime names itself to the others sharing its store, and in its health report. */
    public String instance() {
        return instance;
    }

    /** A deploy made through another runtime of the shared store, followed here. */
    private void follow() {
        try {
            host.followStore();
        } catch (Exception e) {
            LOG.warn("Could not follow the flows deployed through another runtime: {}", e.getMessage());
        }
    }

    /** Shows the shared store this runtime is alive, then takes over what gone runtimes left. */
    private void beat() {
        try {
            instances.heartbeat(instance);
            java.util.List<String> alive = new java.util.ArrayList<>(instances.othersAlive(instance));
            alive.add(instance);
            // First the messages gone runtimes were replaying wait again, so that a job taken over replays them.
            replay.recoverGone(alive);
            replayJobs.renewAndTakeOver();
        } catch (RuntimeException e) {
            LOG.warn("Could not show the shared store this runtime is alive: {}", e.getMessage());
        }
    }

    public FlowHost host() {
        return host;
    }

    public ReplayService replay() {
        return replay;
    }

    public ReplayJobs replayJobs() {
        return replayJobs;
    }

    public FailedMessageStore failedMessages() {
        return failedMessages;
    }

    public AuditLog audit() {
        return audit;
    }

    public FlowVersionStore versions() {
        return versions;
    }

    public FlowMetrics metrics() {
        return metrics;
    }

    public KpiStore kpis() {
        return kpis;
    }

    public ObjectivesStore objectives() {
        return objectives;
    }

    /** Counts the minute that ends now against the flows' objectives (once a minute on its own). */
    public MinuteSampler minutes() {
        return minutes;
    }

    public RuntimeEvents events() {
        return events;
    }

    public FlowRegistry registry() {
        return registry;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        api.close();
        replayJobs.close();
        minuteTimer.shutdownNow();
        heartbeat.shutdownNow();
        host.close();
        if (database.shared()) {
            try {
                instances.leave(instance);
            } catch (RuntimeException e) {
                // Its lease runs out instead.
            }
        }
        database.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // Closing is best effort: the process is ending or the test is done.
        }
    }
}
