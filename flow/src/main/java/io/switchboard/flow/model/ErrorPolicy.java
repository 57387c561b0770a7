package io.switchboard.flow.model;

import java.util.List;

/**
 * What happens when delivery fails, and what keeps a slow or dead target from holding the runtime: how often and
 * how patiently to retry, which failures are worth retrying, how long to wait for the target, how many messages may
 * be at the target at once, and when to stop calling it for a while.
 *
 * @param maxAttempts       total attempts including the first (1 means no retry)
 * @param backoffMs         delay before the first retry (waited without holding a thread)
 * @param backoffMultiplier factor applied to the delay after each retry
 * @param retryOn           the kinds of failure that are retried; any other failure goes straight to the store. A
 *                          target that took a message but did not answer in time ({@code timeout}) is retried only
 *                          when listed: it may have acted on the message
 * @param timeoutMs         how long to wait to connect to the target, and then for each part of its answer
 * @param maxConcurrency    messages at the target at once; one more waits up to {@code timeoutMs}, then is stored
 * @param circuitBreaker    when to stop calling a target that keeps failing to answer
 */
public record ErrorPolicy(int maxAttempts, long backoffMs, double backoffMultiplier, List<RetryableError> retryOn,
                          long timeoutMs, int maxConcurrency, CircuitBreaker circuitBreaker) {

    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final int DEFAULT_MAX_CONCURRENCY = 16;

    public static final ErrorPolicy DEFAULT = new ErrorPolicy(3, 500, 2.0,
            List.of(RetryableError.HTTP_5XX, RetryableError.CONNECTION), DEFAULT_TIMEOUT_MS, DEFAULT_MAX_CONCURRENCY,
            CircuitBreaker.DEFAULT);

    public ErrorPolicy {
        retryOn = retryOn == null ? List.of() : List.copyOf(retryOn);
        backoffMultiplier = backoffMultiplier <= 0 ? 1.0 : backoffMultiplier;
        timeoutMs = timeoutMs <= 0 ? DEFAULT_TIMEOUT_MS : timeoutMs;
        maxConcurrency = maxConcurrency <= 0 ? DEFAULT_MAX_CONCURRENCY : maxConcurrency;
        circuitBreaker = circuitBreaker == null ? CircuitBreaker.DEFAULT : circuitBreaker;
    }

    public ErrorPolicy(int maxAttempts, long backoffMs, double backoffMultiplier, List<RetryableError> retryOn) {
        this(maxAttempts, backoffMs, backoffMultiplier, retryOn, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_CONCURRENCY,
                CircuitBreaker.DEFAULT);
    }

    /**
     * Once at least {@code minimumCalls} of the last calls were made and {@code failureRatePercent} of them failed
     * (could not reach the target, timed out, or were refused), the target is not called for {@code openSeconds}:
     * its messages are stored at once (senders get 202) instead of waiting on it; then a few calls try it again.
     */
    public record CircuitBreaker(int failureRatePercent, int minimumCalls, int openSeconds) {

        public static final CircuitBreaker DEFAULT = new CircuitBreaker(50, 10, 30);

        public CircuitBreaker {
            failureRatePercent = failureRatePercent <= 0 ? DEFAULT_RATE : Math.min(failureRatePercent, 100);
            minimumCalls = minimumCalls <= 0 ? DEFAULT_CALLS : minimumCalls;
            openSeconds = openSeconds <= 0 ? DEFAULT_OPEN : openSeconds;
        }

        private static final int DEFAULT_RATE = 50;
        private static final int DEFAULT_CALLS = 10;
        private static final int DEFAULT_OPEN = 30;
    }
}
