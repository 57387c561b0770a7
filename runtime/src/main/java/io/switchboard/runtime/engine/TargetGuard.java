package io.switchboard.runtime.engine;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.switchboard.flow.model.ErrorPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Puts each flow version's circuit breaker and concurrency limit (Resilience4j, configured by its error policy)
 * around the step that calls its HTTP target. It sits inside Camel's error handler, so every retry is a call of its
 * own. Only failures to reach the target or to hear from it in time count against the breaker: a refusal (4xx,
 * 5xx) is an answer. An open breaker, or a limit still full after the timeout, fails the call at once with a
 * {@link TargetUnavailableException}, which is not retried: the message is stored and its sender gets 202 at once
 * instead of waiting on a dead target.
 *
 * <p>Camel's own circuit-breaker EIP was tried first: it clears any exception it is told not to record, so a refusal
 * it does not count would pass as a delivery (decision 0012).
 */
final class TargetGuard implements InterceptStrategy {

    private final FlowRegistry registry;
    private final Map<String, Guards> byRoute = new ConcurrentHashMap<>();

    TargetGuard(FlowRegistry registry) {
        this.registry = registry;
    }

    private record Guards(CircuitBreaker breaker, Bulkhead bulkhead) {
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        return TargetStep.routeOf(definition).<Processor>map(routeId -> new Guarded(target, routeId)).orElse(target);
    }

    /** The breaker's state for a flow version's processing route, e.g. CLOSED or OPEN; null before its first call. */
    String state(String routeId) {
        Guards guards = byRoute.get(routeId);
        return guards == null ? null : guards.breaker().getState().name();
    }

    private Guards guards(String routeId) {
        return byRoute.computeIfAbsent(routeId, id -> {
            ErrorPolicy policy = registry.byRoute(id).map(hosted -> hosted.flow().errorPolicy())
                    .orElse(ErrorPolicy.DEFAULT);
            ErrorPolicy.CircuitBreaker breaker = policy.circuitBreaker();
            CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                    .failureRateThreshold(breaker.failureRatePercent())
                    .minimumNumberOfCalls(breaker.minimumCalls())
                    .slidingWindowSize(Math.max(breaker.minimumCalls(), 20))
                    .waitDurationInOpenState(Duration.ofSeconds(breaker.openSeconds()))
                    .recordException(TargetGuard::unreachable)
                    .build();
            BulkheadConfig limit = BulkheadConfig.custom()
                    .maxConcurrentCalls(policy.maxConcurrency())
                    .maxWaitDuration(Duration.ofMillis(policy.timeoutMs()))
                    .build();
            return new Guards(CircuitBreaker.of(id, config), Bulkhead.of(id, limit));
        });
    }

    /** The target could not be reached or did not answer in time (the cause may be wrapped). */
    private static boolean unreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private final class Guarded extends DelegateAsyncProcessor {
        private final String routeId;

        Guarded(Processor target, String routeId) {
            super(target);
            this.routeId = routeId;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Guards guards = guards(routeId);
            if (!guards.breaker().tryAcquirePermission()) {
                exchange.setException(new TargetUnavailableException("the circuit breaker of " + routeId
                        + " is open: its target failed too often; it is tried again after a pause"));
                callback.done(true);
                return true;
            }
            if (!guards.bulkhead().tryAcquirePermission()) {
                guards.breaker().releasePermission();
                exchange.setException(new TargetUnavailableException(routeId + " has "
                        + guards.bulkhead().getBulkheadConfig().getMaxConcurrentCalls()
                        + " messages at its target already"));
                callback.done(true);
                return true;
            }
            long start = System.nanoTime();
            return processor.process(exchange, done -> {
                guards.bulkhead().onComplete();
                long elapsed = System.nanoTime() - start;
                Exception error = exchange.getException();
                if (error != null && unreachable(error)) {
                    guards.breaker().onError(elapsed, TimeUnit.NANOSECONDS, error);
                } else {
                    guards.breaker().onSuccess(elapsed, TimeUnit.NANOSECONDS);
                }
                callback.done(done);
            });
        }

        @Override
        public String toString() {
            return "TargetGuard[" + routeId + "]";
        }
    }
}
