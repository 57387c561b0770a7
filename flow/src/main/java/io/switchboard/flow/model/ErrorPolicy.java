package io.switchboard.flow.model;

import java.util.List;

/**
 * What happens when delivery fails: how often and how patiently to retry, and which failures are worth retrying.
 *
 * @param maxAttempts       total attempts including the first (1 means no retry)
 * @param backoffMs         delay before the first retry
 * @param backoffMultiplier factor applied to the delay after each retry
 * @param retryOn           the kinds of failure that are retried; any other failure goes straight to the store
 */
public record ErrorPolicy(int maxAttempts, long backoffMs, double backoffMultiplier, List<RetryableError> retryOn) {

    public static final ErrorPolicy DEFAULT =
            new ErrorPolicy(3, 500, 2.0, List.of(RetryableError.HTTP_5XX, RetryableError.CONNECTION));

    public ErrorPolicy {
        retryOn = retryOn == null ? List.of() : List.copyOf(retryOn);
        backoffMultiplier = backoffMultiplier <= 0 ? 1.0 : backoffMultiplier;
    }
}
