package io.switchboard.benchmarks.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A new version deployed while 32 connections send orders: whether any order is refused or lost by the switch, the
 * p99 latency around the switch against before it, and the time from "deploy" to the new version serving (the new
 * version sends to another path of the target, so its first delivery is seen there). The runtime runs in its own
 * process on 127.0.0.1. {@code -Dswitchboard.rounds=N} deploys N times, a few seconds apart.
 */
public final class DeployUnderLoadHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONNECTIONS = 32;

    private record Answer(long startNanos, long endNanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("switchboard.root", ".")).toAbsolutePath().normalize();
        int rounds = Integer.getInteger("switchboard.rounds", 3);
        String template = Files.readString(root.resolve("examples/orders/samples/order-small.json"))
                .replace("\"ORD-2024-548985\"", "\"%ID%\"");
        try (LoadStub stub = new LoadStub();
             RemoteRuntime runtime = RemoteRuntime.start(root, "switchboard-deploy", stub.url())) {
            run(runtime.client(), runtime.workspace(), stub, runtime.ingress(), template, rounds);
        }
        System.exit(0);
    }

    private static void run(RuntimeClient client, Path workspace, LoadStub stub, String ingress, String template,
                            int rounds) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> failures = Collections.synchronizedMap(new TreeMap<>());
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicLong sequence = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
        for (int i = 0; i < CONNECTIONS; i++) {
            senders.submit(() -> {
                while (sending.get()) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = http.send(HttpRequest.newBuilder(URI.create(ingress))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(template.replace("%ID%",
                                        "ORD-D" + sequence.incrementAndGet()))).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                        failures.computeIfAbsent(e.getClass().getSimpleName(), key -> new AtomicLong())
                                .incrementAndGet();
                    }
                    answers.add(new Answer(start, System.nanoTime(), status));
                }
                return null;
            });
        }
        Thread.sleep(4_000);
        long baselineFrom = System.nanoTime() - TimeUnit.SECONDS.toNanos(2);
        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "Deploy of a new version while %d connections send orders (closed loop), "
                + "the runtime in its own process on 127.0.0.1; %d deploys, 4 s apart", CONNECTIONS, rounds));
        table.add(String.format(Locale.ROOT, "%-8s %10s %16s %16s %18s %14s", "deploy", "call", "p99 before",
                "p99 switch ±1 s", "deploy → serving", "not 2xx"));
        long notOkBefore = answers.stream().filter(answer -> answer.status() < 200 || answer.status() > 299).count();
        for (int round = 1; round <= rounds; round++) {
            String path = "/invoices-v" + (round + 1);
            DeployRequest next = withTarget(workspace, stub.url().replace("/invoices", path));
            long before = System.nanoTime();
            client.deploy("orders", next).toCompletableFuture().get(60, TimeUnit.SECONDS);
            long after = System.nanoTime();
            Thread.sleep(4_000);
            List<Answer> all = new ArrayList<>(answers);
            long windowFrom = before - TimeUnit.SECONDS.toNanos(1);
            long windowTo = after + TimeUnit.SECONDS.toNanos(1);
            double p99Before = p99(all.stream().filter(answer -> answer.startNanos() >= baselineFrom
                    && answer.startNanos() < windowFrom).toList());
            double p99Switch = p99(all.stream().filter(answer -> answer.startNanos() >= windowFrom
                    && answer.startNanos() <= windowTo).toList());
            long notOk = all.stream().filter(answer -> answer.status() < 200 || answer.status() > 299).count();
            Long first = stub.firstOn(path);
            table.add(String.format(Locale.ROOT, "%-8s %8.0f ms %13.1f ms %13.1f ms %15s ms %14d",
                    "v" + (round + 1), (after - before) / 1e6, p99Before, p99Switch,
                    first == null ? "never" : String.format(Locale.ROOT, "%.0f", (first - before) / 1e6),
                    notOk - notOkBefore));
            notOkBefore = notOk;
        }
        sending.set(false);
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        List<Answer> all = new ArrayList<>(answers);
        Map<Integer, Long> byStatus = new TreeMap<>();
        all.forEach(answer -> byStatus.merge(answer.status(), 1L, Long::sum));
        table.add(String.format(Locale.ROOT, "orders sent %,d; answers by status %s%s; delivered at the target %,d",
                all.size(), byStatus, failures.isEmpty() ? "" : " (" + failures + ")", stub.delivered()));
        System.out.println();
        table.forEach(System.out::println);
    }

    private static DeployRequest withTarget(Path workspace, String url) throws Exception {
        DeployRequest bundle = RuntimeLoadHarness.bundle(workspace);
        ObjectNode flow = (ObjectNode) JSON.readTree(bundle.files().get("flows/orders.flow.json"));
        ((ObjectNode) flow.get("target")).put("url", url);
        Map<String, String> files = new java.util.LinkedHashMap<>(bundle.files());
        files.put("flows/orders.flow.json", JSON.writeValueAsString(flow));
        return new DeployRequest(bundle.flowFile(), files);
    }

    private static double p99(List<Answer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        List<Long> times = new ArrayList<>(answers.stream().map(answer -> answer.endNanos() - answer.startNanos())
                .toList());
        Collections.sort(times);
        return times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.99) - 1)) / 1e6;
    }
}
