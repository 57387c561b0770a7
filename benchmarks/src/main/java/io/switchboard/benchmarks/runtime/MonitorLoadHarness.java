package io.switchboard.benchmarks.runtime;

import static io.switchboard.benchmarks.FxCalls.onFx;

import io.switchboard.benchmarks.MappingInputs;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.MonitorView;
import io.switchboard.monitor.MonitorViewModel;
import io.switchboard.monitor.connection.ConnectionState;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.FailedFilter;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import io.switchboard.runtimeclient.wire.ReplayJobView;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The monitor under an incident, everything on 127.0.0.1: a runtime (its own process) failing 1,000 messages a
 * second for a minute with the real monitor screen connected (headless): failure to row p95, how long the FX
 * thread makes a 10 ms beat wait, the monitor's heap at the end; a store of 1,000,000 failed messages: a page, the
 * groups, opening the failure view; a group of 10,000 failed messages replayed as a job against a stub target,
 * with the duplicates the target saw. Prints a table. Options: -Dswitchboard.rate, -Dswitchboard.seconds,
 * -Dswitchboard.storeSize, -Dswitchboard.replaySize, -Dswitchboard.only=live|store|replay.
 */
public final class MonitorLoadHarness {

    private final Path root = MappingInputs.root().toAbsolutePath().normalize();
    private final String orderTemplate;
    private final List<String> table = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

    private MonitorLoadHarness() throws Exception {
        orderTemplate = Files.readString(root.resolve("examples/orders/samples/order-small.json"))
                .replace("\"ORD-2024-548985\"", "\"%ID%\"");
    }

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Exception | Error e) {
            // The harness ends either way: with its table, or with what stopped it.
            LoggerFactory.getLogger(MonitorLoadHarness.class).error("The monitor harness stopped: {}", e.toString(), e);
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        MonitorLoadHarness harness = new MonitorLoadHarness();
        String only = System.getProperty("switchboard.only", "");
        CountDownLatch fx = new CountDownLatch(1);
        Platform.startup(fx::countDown);
        fx.await();
        Platform.setImplicitExit(false);
        if (only.isEmpty() || only.equals("live")) {
            harness.live(Integer.getInteger("switchboard.rate", 1_000), Integer.getInteger("switchboard.seconds", 60));
        }
        if (only.isEmpty() || only.equals("store")) {
            harness.store(Integer.getInteger("switchboard.storeSize", 1_000_000));
        }
        if (only.isEmpty() || only.equals("replay")) {
            harness.replay(Integer.getInteger("switchboard.replaySize", 10_000));
        }
        System.out.println();
        harness.table.forEach(System.out::println);
        System.exit(0);
    }

    private String order(String id) {
        return orderTemplate.replace("%ID%", id);
    }

    private RemoteRuntime remote(LoadStub stub) throws Exception {
        return RemoteRuntime.start(root, "switchboard-monitor", stub.url());
    }

    /** At most this many orders wait for their answer: past what the runtime takes, sending slows down to it. */
    private static final int IN_FLIGHT = 64;

    /**
     * Posts {@code rate} refused orders a second for {@code seconds} ({@value #IN_FLIGHT} at most unanswered, so a
     * runtime slower than the rate sets the pace instead of timing out); answers how many were stored (202) once
     * every answer is in.
     */
    private long fail(String ingress, int rate, int seconds, String prefix) throws Exception {
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        AtomicLong sent = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        List<CompletableFuture<?>> answers = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(IN_FLIGHT);
        int perTick = Math.max(1, rate / 100);
        long total = (long) rate * seconds;
        CountDownLatch done = new CountDownLatch(1);
        pace.scheduleAtFixedRate(() -> {
            for (int i = 0; i < perTick && sent.get() < total; i++) {
                inFlight.acquireUninterruptibly();
                long n = sent.incrementAndGet();
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(ingress))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(120))
                                .POST(HttpRequest.BodyPublishers.ofString(order(prefix + "-POISON-" + n))).build(),
                        HttpResponse.BodyHandlers.discarding())
                        .thenAccept(answer -> {
                            if (answer.statusCode() == 202) {
                                stored.incrementAndGet();
                            }
                        }).exceptionally(failure -> null).whenComplete((ignored, failure) -> inFlight.release()));
            }
            if (sent.get() >= total) {
                done.countDown();
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        done.await();
        pace.shutdownNow();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        return stored.get();
    }

    private void live(int rate, int seconds) throws Exception {
        ExecutorService calls = Executors.newFixedThreadPool(3);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Tasks tasks = new ExecutorTasks(calls, timer, Platform::runLater);
        List<Long> rowLatencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Long> beatWaits = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> beatWork = new ConcurrentLinkedQueue<>();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicBoolean beating = new AtomicBoolean(true);
        try (LoadStub stub = new LoadStub(); RemoteRuntime runtime = remote(stub)) {
            MonitorViewModel[] monitor = new MonitorViewModel[1];
            onFx(() -> {
                monitor[0] = new MonitorViewModel(runtime.client(), tasks, "load");
                Stage stage = new Stage();
                stage.setScene(new Scene(new MonitorView(monitor[0], MonitorView.Hooks.none()), 1280, 800));
                stage.show();
                monitor[0].failures().messages().addListener((ListChangeListener<FailedMessageSummary>) change -> {
                    long now = System.currentTimeMillis();
                    while (change.next()) {
                        for (FailedMessageSummary row : change.getAddedSubList()) {
                            if (row.correlationId() != null && change.getFrom() == 0) {
                                rowLatencies.add(now - row.failedAt().toEpochMilli());
                            }
                        }
                    }
                });
                monitor[0].start();
                return null;
            });
            waitFor(() -> onFxQuietly(() -> monitor[0].connectionProperty().get() == ConnectionState.LIVE));
            long fxThread = onFx(() -> Thread.currentThread().getId());
            Thread beat = new Thread(() -> {
                while (beating.get()) {
                    long posted = System.nanoTime();
                    long cpuPosted = threads.getThreadCpuTime(fxThread);
                    long[] cpuAnswered = new long[1];
                    CountDownLatch answered = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        cpuAnswered[0] = threads.getCurrentThreadCpuTime();
                        answered.countDown();
                    });
                    try {
                        answered.await();
                        beatWaits.add(System.nanoTime() - posted);
                        // What the FX thread itself worked while the beat waited; the rest of the wait is the FX
                        // thread waiting for a processor that the runtime and the load generator keep busy.
                        beatWork.add(Math.max(0, cpuAnswered[0] - cpuPosted));
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "beat");
            beat.setDaemon(true);
            beat.start();
            long loadStart = System.nanoTime();
            long stored = fail(runtime.ingress(), rate, seconds, "LIVE");
            long refused = (long) rate * seconds - stored;
            // Every answer is in: the runtime has stored what it will; the rows are timed until the monitor has them.
            double storing = (System.nanoTime() - loadStart) / 1e9;
            // Until every stored failure has its row, or 30 s more: a row that never comes is not timed.
            long rowsDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            waitFor(() -> rowLatencies.size() >= stored || System.nanoTime() > rowsDeadline);
            beating.set(false);
            int rows = onFx(() -> monitor[0].failures().messages().size());
            onFx(() -> {
                monitor[0].close();
                return null;
            });
            System.gc();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            List<Long> latencies = sorted(rowLatencies);
            List<Long> waits = sorted(new ArrayList<>(beatWaits));
            List<Long> work = sorted(new ArrayList<>(beatWork));
            table.add(String.format(Locale.ROOT, "Live: %,d failures asked at %,d/s (at most %d unanswered); the "
                    + "runtime stored %,d at %,.0f/s (%,d not stored); the monitor screen connected (headless), the "
                    + "runtime in its own process", (long) rate * seconds, rate, IN_FLIGHT, stored, stored / storing,
                    refused));
            table.add(String.format(Locale.ROOT, "%-58s %10s %10s %10s", "measure", "p50", "p95", "max"));
            table.add(String.format(Locale.ROOT, "%-58s %8d ms %8d ms %8d ms   (target p95 < 1,000 ms)",
                    "failure to row in the list (" + latencies.size() + " rows timed)", percentile(latencies, 50),
                    percentile(latencies, 95), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1)));
            table.add(String.format(Locale.ROOT, "%-58s %8.1f ms %8.1f ms %8.1f ms   (target p95 < 20 ms)",
                    "FX thread: wait of a 10 ms beat (" + waits.size() + " beats)", percentile(waits, 50) / 1e6,
                    percentile(waits, 95) / 1e6, waits.isEmpty() ? 0 : waits.get(waits.size() - 1) / 1e6));
            table.add(String.format(Locale.ROOT, "%-58s %8.1f ms %8.1f ms %8.1f ms",
                    "FX thread: its own processor time while a beat waited", percentile(work, 50) / 1e6,
                    percentile(work, 95) / 1e6, work.isEmpty() ? 0 : work.get(work.size() - 1) / 1e6));
            table.add(String.format(Locale.ROOT, "%-58s %,10.1f MB  (rows kept: %,d of at most %,d)",
                    "harness heap after GC (monitor + load generator)", heap / 1e6, rows,
                    io.switchboard.monitor.failures.FailuresViewModel.MAX_ROWS));
            table.add("");
        } finally {
            calls.shutdownNow();
            timer.shutdownNow();
        }
    }

    private void store(int size) throws Exception {
        Path data = Files.createTempDirectory("switchboard-million").resolve("data");
        long fillStart = System.nanoTime();
        try (Database database = Database.open(data)) {
            FailedMessageStore messages = new FailedMessageStore(database);
            byte[] payload = order("ORD-FILL").getBytes(StandardCharsets.UTF_8);
            String[] errors = {"HTTP operation failed invoking http://127.0.0.1:9/invoices with statusCode: 503",
                "HTTP operation failed invoking http://127.0.0.1:9/invoices with statusCode: 422",
                "Connection refused to http://127.0.0.1:9/invoices", "field 'vatId' of order ORD-%d is invalid"};
            ExecutorService writers = Executors.newFixedThreadPool(32);
            AtomicLong next = new AtomicLong();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int w = 0; w < 32; w++) {
                all.add(CompletableFuture.runAsync(() -> {
                    long n;
                    while ((n = next.getAndIncrement()) < size) {
                        Instant at = Instant.now();
                        messages.store(new FailedMessage(0, n % 5 == 0 ? "refunds" : "orders", 1, at, at, "c-" + n,
                                "ORD-" + n, "org.apache.camel.http.base.HttpOperationFailedException",
                                String.format(Locale.ROOT, errors[(int) (n % errors.length)], n), "http://127.0.0.1:9/invoices",
                                3, FailedMessage.Status.FAILED, "application/json", Map.of(), payload));
                    }
                }, writers));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            writers.shutdown();
        }
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        try (SwitchboardRuntime runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data)
                .withIngressPort(LoopbackPorts.free()).withApiPort(0))) {
            RuntimeClient client = new JdkRuntimeClient(runtime.apiUrl(),
                    Files.readString(runtime.adminTokenFile()).trim());
            long middle = client.failed(null, null, 1).toCompletableFuture().get().items().get(0).id() / 2;
            table.add(String.format(Locale.ROOT, "A store of %,d failed messages (filled in %.0f s, %,.0f rows/s), "
                    + "API over HTTP on 127.0.0.1, 100 calls each after 10 warm-ups (the scan: 5 after 1); server "
                    + "time from the answer's Server-Timing, round trip as the client waited", size, fillSeconds,
                    size / fillSeconds));
            table.add(String.format(Locale.ROOT, "%-58s %10s %10s %12s %10s", "measure", "server p50", "server p95",
                    "round-trip p95", "target"));
            String token = Files.readString(runtime.adminTokenFile()).trim();
            String api = runtime.apiUrl();
            row("a page of 100, newest first", api, token, "/api/v1/failed?limit=100", 100, "< 50 ms");
            row("a page of 100 of one flow", api, token, "/api/v1/failed?flow=refunds&limit=100", 100, "< 50 ms");
            row("a page of 100 half-way down (cursor)", api, token, "/api/v1/failed?limit=100&cursor=" + middle, 100,
                    "< 50 ms");
            String group = client.failureGroups(null).toCompletableFuture().get().get(0).id();
            row("a page of 100 of one failure group", api, token, "/api/v1/failed?limit=100&group=" + group, 100,
                    "< 50 ms");
            row("failure groups with their counts (kept counts)", api, token, "/api/v1/failed/groups", 100,
                    "< 500 ms");
            row("failure groups counted for a status filter (scan)", api, token, "/api/v1/failed/groups?status=failed",
                    5, "(no target)");
            ExecutorService calls = Executors.newFixedThreadPool(3);
            Tasks direct = new ExecutorTasks(calls, Executors.newSingleThreadScheduledExecutor(), Runnable::run);
            List<Long> opens = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                MonitorViewModel monitor = new MonitorViewModel(client, direct, "store");
                long start = System.nanoTime();
                monitor.failures().reload();
                waitFor(() -> monitor.failures().messages().size() == io.switchboard.monitor.failures.FailuresViewModel.PAGE && !monitor.failures().groups().isEmpty());
                opens.add(System.nanoTime() - start);
            }
            List<Long> sortedOpens = sorted(opens);
            table.add(String.format(Locale.ROOT, "%-58s %7.1f ms %7.1f ms %10s", "open the failure view (groups + "
                    + "first page, loaded)", percentile(sortedOpens, 50) / 1e6, percentile(sortedOpens, 95) / 1e6,
                    "< 1,000 ms"));
            calls.shutdownNow();
            table.add("");
        }
    }

    /** Calls {@code path} {@code count} times after a tenth as many warm-ups; server time and round trip. */
    private void row(String measure, String api, String token, String path, int count, String target)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build();
        for (int i = 0; i < Math.max(1, count / 10); i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<Long> server = new ArrayList<>();
        List<Long> roundTrip = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            var answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            roundTrip.add(System.nanoTime() - start);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            String timing = answer.headers().firstValue("Server-Timing").orElseThrow(() ->
                    new IllegalStateException(path + " has no Server-Timing"));
            server.add(Math.round(Double.parseDouble(timing.replaceAll(".*dur=([0-9.]+).*", "$1")) * 1e6));
        }
        List<Long> sortedServer = sorted(server);
        List<Long> sortedRoundTrip = sorted(roundTrip);
        table.add(String.format(Locale.ROOT, "%-58s %7.1f ms %7.1f ms %9.1f ms %10s", measure,
                percentile(sortedServer, 50) / 1e6, percentile(sortedServer, 95) / 1e6,
                percentile(sortedRoundTrip, 95) / 1e6, target));
    }

    private void replay(int size) throws Exception {
        try (LoadStub stub = new LoadStub(); RemoteRuntime runtime = remote(stub)) {
            long stored = fail(runtime.ingress(), 1_000, Math.max(1, size / 1_000), "REPLAY");
            waitFor(() -> groupWaiting(runtime.client()) >= stored);
            FailureGroupSummary group = runtime.client().failureGroups(FailedFilter.ofFlow("orders"))
                    .toCompletableFuture().get().get(0);
            stub.acceptPoison();
            stub.countKeys();
            // The end is heard on the event stream, as the monitor hears it: polling the job would be load of its own.
            java.util.concurrent.CompletableFuture<Long> ended = new java.util.concurrent.CompletableFuture<>();
            long[] jobId = {-1};
            try (var events = runtime.client().events(event -> {
                if (event.type().equals("REPLAY_JOB") && "DONE".equals(event.data().get("state"))
                        && event.data().get("jobId") instanceof Number id && id.longValue() == jobId[0]) {
                    ended.complete(System.nanoTime());
                }
            }, state -> { })) {
                long start = System.nanoTime();
                ReplayJobView job = runtime.client().createReplayJob(null, FailedFilter.ofGroup(group.id()), 0,
                        "benchmark").toCompletableFuture().get(60, TimeUnit.SECONDS);
                jobId[0] = job.id();
                // An end published before the id was known is caught by a look at the job once a second.
                waitFor(() -> ended.isDone() || runtime.client().replayJob(job.id()).toCompletableFuture().join()
                        .state().equals("DONE") && ended.complete(System.nanoTime()), 1_000);
                ReplayJobView done = runtime.client().replayJob(job.id()).toCompletableFuture().join();
                replayed(done, (ended.join() - start) / 1e9, stub);
            }
        }
    }

    private void replayed(ReplayJobView done, double seconds, LoadStub stub) {
        long duplicates = stub.deliveriesByKey().values().stream().filter(count -> count > 1).count();
        table.add(String.format(Locale.ROOT, "A failure group of %,d messages replayed as one job against a stub "
                + "target (the runtime in its own process)", done.total()));
        table.add(String.format(Locale.ROOT, "%-58s %8.1f s   (target < 10 s; %,.0f messages/s)",
                "created to done", seconds, done.total() / seconds));
        table.add(String.format(Locale.ROOT, "%-58s %,10d     (delivered %,d; target 0 duplicates)",
                "orders the target received more than once", duplicates, stub.deliveriesByKey().size()));
        table.add(String.format(Locale.ROOT, "%-58s %s", "outcomes", done.outcomes()));
    }

    private static long groupWaiting(RuntimeClient client) {
        List<FailureGroupSummary> groups = client.failureGroups(FailedFilter.ofFlow("orders")).toCompletableFuture()
                .join();
        return groups.isEmpty() ? 0 : groups.get(0).waiting();
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static boolean onFxQuietly(java.util.concurrent.Callable<Boolean> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits for a condition, checked every 50 ms, for at most five minutes. */
    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, 50);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long everyMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not reached within five minutes");
            }
            Thread.sleep(everyMillis);
        }
    }
}
