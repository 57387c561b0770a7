package io.switchboard.benchmarks.runtime;

import io.switchboard.runtime.config.LoopbackPorts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.benchmarks.MappingInputs;
import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.runtime.RuntimeMain;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.bundle.DeployBundle;
import io.switchboard.runtime.store.Database;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.StoreCheck;
import io.switchboard.runtimeclient.EventSubscription;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.BulkReplayRequest;
import io.switchboard.runtimeclient.wire.BulkReplayResult;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.FailedFilter;
import java.io.IOException;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The runtime's load harness, everything on 127.0.0.1 and bounded in time. In one run: the reference order →
 * invoice flow in the Switchboard runtime (store, metrics and an event-stream client armed) against the same
 * exported route on bare Camel Main, at 1, 8 and 32 connections; failed messages persisted per second; the time to
 * replay 10,000 stored messages and the duplicates the target saw; the time from a failure to its event at a
 * client at 1,000 failures/s; and the runtime's resident memory under load with its default heap.
 */
public final class RuntimeLoadHarness {

    /** The heap the runtime is started with by default (the {@code switchboard} launcher passes the same). */
    public static final String RUNTIME_HEAP = "-Xmx256m";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root = MappingInputs.root().toAbsolutePath().normalize();
    private final Duration warmup;
    private final Duration measure;
    private final String orderTemplate;
    private final List<String> table = new ArrayList<>();
    private final List<Path> scratch = new ArrayList<>();

    private RuntimeLoadHarness(Duration warmup, Duration measure) throws IOException {
        this.warmup = warmup;
        this.measure = measure;
        this.orderTemplate = Files.readString(root.resolve("examples/orders/samples/order-small.json"))
                .replace("\"ORD-2024-548985\"", "\"%ID%\"");
    }

    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3);
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 8);
        RuntimeLoadHarness harness = new RuntimeLoadHarness(warmup, measure);
        String only = System.getProperty("switchboard.only", "");
        if (only.isEmpty() || only.equals("throughput")) {
            harness.throughputAgainstBareCamel();
        }
        if (only.isEmpty() || only.equals("store")) {
            harness.failedMessagesPersistedPerSecond();
        }
        if (only.isEmpty() || only.equals("replay")) {
            harness.withRuntime(harness::replay);
        }
        if (only.equals("events")) {
            harness.withRuntime(harness::eventLatency);
        }
        System.out.println();
        harness.table.forEach(System.out::println);
        harness.deleteScratch();
        System.exit(0);
    }

    /** A fresh directory under the system's temp folder, deleted when the harness ends. */
    private Path scratch(String prefix) throws IOException {
        Path directory = Files.createTempDirectory(prefix);
        scratch.add(directory);
        return directory;
    }

    private void deleteScratch() throws IOException {
        for (Path directory : scratch) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private String order(String id) {
        return orderTemplate.replace("%ID%", id);
    }

    private void throughputAgainstBareCamel() throws Exception {
        Path work = scratch("switchboard-load");
        try (LoadStub stub = new LoadStub()) {
            Path workspace = workspaceWithTarget(work, stub.url());
            var loaded = new DefinitionLoader().loadFlow(workspace.resolve("flows/orders.flow.json"));
            Path export = work.resolve("export");
            new CamelYamlExporter(new MappingEngine(), new RuntimeSafetyPolicy()).export(loaded, export);

            int barePort = LoopbackPorts.free();
            Process bare = launch(work.resolve("bare.log"), BareCamelMain.class.getName(), export.toString(),
                    "orders.camel.yaml", String.valueOf(barePort));
            int ingress = LoopbackPorts.free();
            int api = LoopbackPorts.free();
            Path data = work.resolve("data");
            Process ours = launch(work.resolve("runtime.log"), RuntimeMain.class.getName(), "--data", data.toString(),
                    "--ingress-port", String.valueOf(ingress), "--api-port", String.valueOf(api));
            try {
                String bareUrl = "http://127.0.0.1:" + barePort + "/orders";
                String oursUrl = "http://127.0.0.1:" + ingress + "/orders";
                awaitUrlFile(data);
                var client = new JdkRuntimeClient("http://127.0.0.1:" + api,
                        Files.readString(data.resolve("admin.token")).trim());
                client.deploy("orders", bundle(workspace)).toCompletableFuture().get(60, TimeUnit.SECONDS);
                EventSubscription events = client.events(event -> { }, state -> { });
                awaitOk(bareUrl);
                awaitOk(oursUrl);

                table.add("Flow throughput, orders -> invoice over HTTP (closed loop, " + measure.toSeconds()
                        + " s after " + warmup.toSeconds() + " s warm-up, two rounds each in opposite order, mean; "
                        + "both with " + RUNTIME_HEAP + ")");
                table.add(String.format(Locale.ROOT, "%-12s %13s %13s %9s %9s %9s %9s %9s %9s %11s %11s", "connections",
                        "bare req/s", "ours req/s", "ratio", "bare p50", "ours p50", "bare p99", "ours p99", "p99 x",
                        "bare cpu/req", "ours cpu/req"));
                for (int connections : Integer.getInteger("switchboard.connections", 0) > 0
                        ? new int[] {Integer.getInteger("switchboard.connections")} : new int[] {1, 8, 32}) {
                    // Two rounds in opposite order, so neither side always runs on the warmer machine.
                    var bare1 = ClosedLoopLoad.run(bareUrl, n -> order("ORD-B" + connections + "a-" + n),
                            connections, warmup, measure, bare.toHandle());
                    var ours1 = ClosedLoopLoad.run(oursUrl, n -> order("ORD-S" + connections + "a-" + n),
                            connections, warmup, measure, ours.toHandle());
                    var ours2 = ClosedLoopLoad.run(oursUrl, n -> order("ORD-S" + connections + "b-" + n),
                            connections, warmup, measure, ours.toHandle());
                    var bare2 = ClosedLoopLoad.run(bareUrl, n -> order("ORD-B" + connections + "b-" + n),
                            connections, warmup, measure, bare.toHandle());
                    var bareResult = ClosedLoopLoad.Result.mean(bare1, bare2);
                    var oursResult = ClosedLoopLoad.Result.mean(ours1, ours2);
                    table.add(String.format(Locale.ROOT, "%-12d %13.0f %13.0f %9.2f %7.2fms %7.2fms %7.2fms %7.2fms %9.2f %9.0fus %9.0fus",
                            connections, bareResult.perSecond(), oursResult.perSecond(),
                            oursResult.perSecond() / bareResult.perSecond(), bareResult.p50Millis(),
                            oursResult.p50Millis(), bareResult.p99Millis(), oursResult.p99Millis(),
                            oursResult.p99Millis() / bareResult.p99Millis(), bareResult.cpuMicrosPerRequest(),
                            oursResult.cpuMicrosPerRequest()));
                    if (bareResult.errors() + oursResult.errors() > 0) {
                        table.add("  errors: bare " + bareResult.errors() + ", ours " + oursResult.errors());
                    }
                }
                if (Boolean.getBoolean("switchboard.successOnly")) {
                    return;
                }
                var failures = ClosedLoopLoad.run(oursUrl, n -> order("ORD-F-" + n + "-POISON"), 32, warmup, measure);
                table.add(String.format(Locale.ROOT, "Failure path (target answers 422, message stored, event sent), "
                        + "32 connections: %.0f failures/s, p50 %.2f ms, p99 %.2f ms", failures.perSecond(),
                        failures.p50Millis(), failures.p99Millis()));
                eventLatency(client, ingress, "in its own process");
                table.add(String.format(Locale.ROOT, "Resident memory after the load: runtime %s (peak %s), bare Camel %s "
                        + "(peak %s)", memory(ours.pid(), "VmRSS"), memory(ours.pid(), "VmHWM"),
                        memory(bare.pid(), "VmRSS"), memory(bare.pid(), "VmHWM")));
                events.close();
            } finally {
                ours.destroy();
                bare.destroy();
                ours.waitFor(30, TimeUnit.SECONDS);
                bare.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void failedMessagesPersistedPerSecond() throws Exception {
        Path data = scratch("switchboard-store");
        byte[] payload = order("ORD-STORE").getBytes(StandardCharsets.UTF_8);
        table.add("");
        try (Database database = Database.open(data)) {
            FailedMessageStore store = new FailedMessageStore(database);
            for (int i = 0; i < 2_000; i++) {
                store.store(failure("ORD-WARM-" + i, payload));
            }
            // As many writers as the HTTP ingress has senders failing at once in a failure storm.
            for (int threads : new int[] {16, 32}) {
                int perThread = 40_000 / threads;
                double seconds = storeFrom(store, threads, perThread, payload);
                table.add(String.format(Locale.ROOT, "Failed messages persisted: %,.0f/s (%d threads, %,d messages "
                                + "of %,d bytes, H2 file, each synced to disk before it is acknowledged)",
                        threads * perThread / seconds, threads, threads * perThread, payload.length));
            }
            table.add(String.format(Locale.ROOT, "  store file after %,d messages: %,d MB", 82_000,
                    database.sizeBytes() / 1_000_000));
        }
        long start = System.nanoTime();
        try (Database database = StoreCheck.open(data)) {
            long checked = StoreCheck.verify(database, data);
            table.add(String.format(Locale.ROOT, "  store check at start (open, read everything, %,d checksums, a "
                    + "synced write): %,.0f ms", checked, (System.nanoTime() - start) / 1e6));
        }
    }

    /** Stores from {@code threads} threads at once; answers the seconds it took. */
    private double storeFrom(FailedMessageStore store, int threads, int perThread, byte[] payload) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    store.store(failure("ORD-" + threads + "-" + thread + "-" + i, payload));
                }
                done.countDown();
            });
        }
        done.await();
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    private interface Phase {
        void run(SwitchboardRuntime runtime, JdkRuntimeClient client, LoadStub stub) throws Exception;
    }

    /** A fresh in-process runtime with the orders flow deployed against a fresh stub. */
    private void withRuntime(Phase phase) throws Exception {
        Path data = scratch("switchboard-phase");
        try (LoadStub stub = new LoadStub();
             SwitchboardRuntime runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data)
                     .withIngressPort(LoopbackPorts.free()).withApiPort(0))) {
            Path workspace = workspaceWithTarget(scratch("switchboard-ws"), stub.url());
            DeployRequest request = bundle(workspace);
            runtime.host().deploy(new DeployBundle(request.flowFile(), request.files()), "harness");
            var client = new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
            phase.run(runtime, client, stub);
        }
    }

    private void replay(SwitchboardRuntime runtime, JdkRuntimeClient client, LoadStub stub) throws Exception {
            int stored = 10_000;
            for (int i = 0; i < stored; i++) {
                String id = "ORD-REPLAY-" + i;
                runtime.failedMessages().store(failure(id, order(id).getBytes(StandardCharsets.UTF_8)));
            }
            stub.countKeys();
            long start = System.nanoTime();
            BulkReplayResult first = client.replayMany(new BulkReplayRequest(null,
                    FailedFilter.ofFlow("orders"), false, 0, "load harness"))
                    .toCompletableFuture().get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> all = first.outcomes().stream().map(o -> o.failedId()).toList();
            BulkReplayResult again = client.replayMany(new BulkReplayRequest(all, null, false, 0, "pressed twice"))
                    .toCompletableFuture().get(10, TimeUnit.MINUTES);
            long delivered = first.outcomes().stream().filter(o -> o.outcome().equals("DELIVERED")).count();
            long duplicates = stub.deliveriesByKey().values().stream().filter(n -> n > 1).count();
            long skipped = again.outcomes().stream().filter(o -> o.outcome().startsWith("SKIPPED")).count();
            table.add(String.format(Locale.ROOT, "Replay of %,d stored messages: %.2f s (%,.0f/s); %,d delivered, then "
                    + "replayed again: %,d skipped; the target saw %,d distinct orders, %d more than once", stored,
                    seconds, stored / seconds, delivered, skipped, stub.deliveriesByKey().size(), duplicates));
    }

    private void eventLatency(SwitchboardRuntime runtime, JdkRuntimeClient client, LoadStub stub) throws Exception {
        eventLatency(client, runtime.configuration().ingressPort(), "in process");
    }

    private void eventLatency(JdkRuntimeClient client, int ingressPort, String where) throws Exception {
        int rate = Integer.getInteger("switchboard.eventRate", 1_000);
        int count = rate * 5;
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[count];
        long[] answered = new long[count];
        CountDownLatch received = new CountDownLatch(count);
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        EventSubscription events = client.events(event -> {
            if (event.type().equals("FAILURE")) {
                Long sent = sentAt.get(String.valueOf(event.data().get("idempotencyKey")));
                int index = seen.getAndIncrement();
                if (sent != null && index < count) {
                    latencies[index] = System.nanoTime() - sent;
                    received.countDown();
                }
            }
        }, state -> { });
        while (events.state() != EventSubscription.State.CONNECTED) {
            Thread.sleep(10);
        }
        // Open loop: message i is due at start + i/rate; 64 senders with kept-alive connections take them in turn,
        // and latency counts from the due time, so a late send is not hidden.
        URI uri = URI.create("http://127.0.0.1:" + ingressPort + "/orders");
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 64; t++) {
            Thread sender = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long due = start + i * (1_000_000_000L / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    String id = "ORD-EVENT-" + i + "-POISON";
                    sentAt.put(id, due);
                    try {
                        http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(order(id))).build(),
                                HttpResponse.BodyHandlers.discarding());
                        answered[i] = System.nanoTime() - due;
                    } catch (Exception e) {
                        answered[i] = -1;
                    }
                }
            }, "sender-" + t);
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        boolean all = received.await(60, TimeUnit.SECONDS);
        events.close();
        long got = count - received.getCount();
        long[] answers = Arrays.stream(answered).filter(n -> n > 0).sorted().toArray();
        long[] sorted = Arrays.copyOf(latencies, (int) got);
        Arrays.sort(sorted);
        table.add(String.format(Locale.ROOT, "Failure to event at a client (runtime %s), %,d failures/s for %d s: "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%,d of %,d events%s); the senders' answers: p50 %.1f ms, "
                        + "p95 %.1f ms", where, rate, count / rate,
                ClosedLoopLoad.percentile(sorted, 50), ClosedLoopLoad.percentile(sorted, 95),
                ClosedLoopLoad.percentile(sorted, 99), got, count, all ? "" : ", the rest not within 60 s",
                ClosedLoopLoad.percentile(answers, 50), ClosedLoopLoad.percentile(answers, 95)));
    }

    private static FailedMessage failure(String key, byte[] payload) {
        Instant now = Instant.now();
        return new FailedMessage(0, "orders", 1, now, now, key, key, "org.apache.camel.http.base.HttpOperationFailedException",
                "HTTP operation failed with statusCode: 503", "to3", 3, FailedMessage.Status.FAILED,
                "application/json", Map.of("SwitchboardCorrelationId", key), payload);
    }

    Path workspaceWithTarget(Path work, String targetUrl) throws IOException {
        return workspaceWithTarget(root, work, targetUrl);
    }

    /** The example orders workspace copied under {@code work}, its flow delivering to {@code targetUrl}. */
    static Path workspaceWithTarget(Path root, Path work, String targetUrl) throws IOException {
        Path workspace = work.resolve("workspace");
        for (String folder : new String[] {"contracts", "mappings", "flows"}) {
            Files.createDirectories(workspace.resolve(folder));
            try (var files = Files.list(root.resolve("examples/orders").resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, workspace.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        Path flow = workspace.resolve("flows/orders.flow.json");
        ObjectNode definition = (ObjectNode) JSON.readTree(flow.toFile());
        ((ObjectNode) definition.get("target")).put("url", targetUrl);
        JSON.writerWithDefaultPrettyPrinter().writeValue(flow.toFile(), definition);
        return workspace;
    }

    static DeployRequest bundle(Path workspace) throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String file : new String[] {"flows/orders.flow.json", "mappings/order-to-invoice.mapping.json",
            "contracts/orders.yaml"}) {
            files.put(file, Files.readString(workspace.resolve(file)));
        }
        return new DeployRequest("flows/orders.flow.json", files);
    }

    static Process launch(Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                RUNTIME_HEAP));
        String extra = System.getProperty("switchboard.jvmArgs." + mainClass.substring(mainClass.lastIndexOf('.') + 1));
        if (extra != null) {
            command.addAll(List.of(extra.split(" ")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        // -Dswitchboard.runtimeCpus=1: the runtime on its own processors, as a standalone runtime on its own machine.
        String cpus = System.getProperty("switchboard.runtimeCpus");
        if (cpus != null) {
            command.addAll(0, List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void awaitUrlFile(Path data) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(data.resolve(RuntimeMain.URL_FILE))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the runtime did not start; see " + data.getParent());
            }
            Thread.sleep(100);
        }
    }

    private void awaitOk(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(order("ORD-READY-" + System.nanoTime()))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " did not answer 200 within 60 s");
    }

    private static String memory(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
                }
            }
        } catch (IOException e) {
            return "n/a";
        }
        return "n/a";
    }

}
