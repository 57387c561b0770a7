package io.switchboard.runtime.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Counters and latencies per flow, cheap enough to update on every message. */
public final class FlowMetrics {

    private final Map<String, Counters> byFlow = new ConcurrentHashMap<>();

    public Counters of(String flowId) {
        return byFlow.computeIfAbsent(flowId, id -> new Counters());
    }

    /** One flow's numbers. Latencies keep the last {@value #WINDOW} samples for percentiles. */
    public static final class Counters {
        static final int WINDOW = 4096;

        private final LongAdder in = new LongAdder();
        private final LongAdder delivered = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final LongAdder retried = new LongAdder();
        private final long[] latencies = new long[WINDOW];
        private final long[] deliveredPerSecond = new long[60];
        private final long[] secondOf = new long[60];
        private final AtomicReference<String> lastError = new AtomicReference<>();
        private long samples;

        public void received() {
            in.increment();
        }

        public synchronized void delivered(long latencyMillis) {
            delivered.increment();
            latencies[(int) (samples++ % WINDOW)] = latencyMillis;
            long second = System.currentTimeMillis() / 1000;
            int slot = (int) (second % 60);
            if (secondOf[slot] != second) {
                secondOf[slot] = second;
                deliveredPerSecond[slot] = 0;
            }
            deliveredPerSecond[slot]++;
        }

        public void failed() {
            failed.increment();
        }

        public void failed(String error) {
            lastError.set(error);
        }

        public void retried() {
            retried.increment();
        }

        public long in() {
            return in.sum();
        }

        public long delivered() {
            return delivered.sum();
        }

        public long failedCount() {
            return failed.sum();
        }

        public long retriedCount() {
            return retried.sum();
        }

        public String lastError() {
            return lastError.get();
        }

        /** Messages delivered per second over the last minute. */
        public synchronized double throughputPerSecond() {
            long now = System.currentTimeMillis() / 1000;
            long total = 0;
            for (int i = 0; i < 60; i++) {
                if (now - secondOf[i] < 60) {
                    total += deliveredPerSecond[i];
                }
            }
            return total / 60.0;
        }

        /** Latency percentile in milliseconds over the recent window; 0 before any delivery. */
        public synchronized long latencyPercentile(double percentile) {
            int n = (int) Math.min(samples, WINDOW);
            if (n == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            return sorted[Math.min(n - 1, (int) Math.ceil(percentile / 100.0 * n) - 1)];
        }
    }
}
