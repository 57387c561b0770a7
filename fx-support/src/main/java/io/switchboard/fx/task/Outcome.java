package io.switchboard.fx.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a piece of background work ended with; failures are logged here, once, for every kind of {@link Tasks}. */
record Outcome<T>(T value, Exception failure) {

    private static final Logger LOG = LoggerFactory.getLogger(Outcome.class);

    static <T> Outcome<T> of(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Exception e) {
            LOG.warn("background work failed: {}", e.toString(), e);
            return new Outcome<>(null, e);
        } catch (StackOverflowError e) {
            // An input nested too deeply for a recursive library: a failure to show, not a dead worker thread.
            LOG.warn("background work exhausted its stack", e);
            return new Outcome<>(null, new IllegalStateException("the input is nested too deeply to handle", e));
        }
    }

    void deliver(Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        if (failure == null) {
            onSuccess.accept(value);
        } else {
            onFailure.accept(failure);
        }
    }
}
