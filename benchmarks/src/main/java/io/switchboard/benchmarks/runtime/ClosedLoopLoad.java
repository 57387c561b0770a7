package io.switchboard.benchmarks.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * N connections, each sending its next request as soon as the last is answered, for a fixed time after a warm-up.
 * Bounded in time by construction; only loopback addresses are used.
 */
final class ClosedLoopLoad {

    /** cpuMicrosPerRequest: the serving process's CPU time over the whole run, warm-up included, per request. */
    record Result(long requests, long errors, double perSecond, double p50Millis, double p99Millis,
                  double cpuMicrosPerRequest) {

        static Result mean(Result a, Result b) {
            return new Result(a.requests + b.requests, a.errors + b.errors, (a.perSecond + b.perSecond) / 2,
                    (a.p50Millis + b.p50Millis) / 2, (a.p99Millis + b.p99Millis) / 2,
                    (a.cpuMicrosPerRequest + b.cpuMicrosPerRequest) / 2);
        }
    }

    private ClosedLoopLoad() {
    }

    static Result run(String url, LongFunction<String> bodyOf, int connections, Duration warmup, Duration measure)
            throws InterruptedException {
        return run(url, bodyOf, connections, warmup, measure, ProcessHandle.current());
    }

    /** The same, also charging the CPU time of {@code server} (the process that answers) to each request. */
    static Result run(String url, LongFunction<String> bodyOf, int connections, Duration warmup, Duration measure,
                      ProcessHandle server) throws InterruptedException {
        Duration cpuBefore = cpuTime(server);
        AtomicLong sequence = new AtomicLong();
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + measure.toNanos();
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[connections];
        long[] errors = new long[connections];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] samples = new long[2_000_000];
            latencies.add(samples);
            int index = c;
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                URI uri = URI.create(url);
                while (true) {
                    long start = System.nanoTime();
                    if (start >= end) {
                        return;
                    }
                    boolean ok;
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(bodyOf.apply(sequence.incrementAndGet())))
                                        .build(), HttpResponse.BodyHandlers.discarding());
                        ok = response.statusCode() == 200 || response.statusCode() == 202;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (start >= warmupEnd && done <= end) {
                        if (ok && counts[index] < samples.length) {
                            samples[(int) counts[index]++] = done - start;
                        } else if (!ok) {
                            errors[index]++;
                        }
                    }
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double cpuMicros = cpuTime(server).minus(cpuBefore).toNanos() / 1e3;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, (int) counts[c]);
            at += (int) counts[c];
        }
        Arrays.sort(all);
        return new Result(total, Arrays.stream(errors).sum(), total / (measure.toNanos() / 1e9),
                percentile(all, 50), percentile(all, 99), cpuMicros / Math.max(1, sequence.get()));
    }

    private static Duration cpuTime(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static double percentile(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(percentile / 100 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
