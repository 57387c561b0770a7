package io.switchboard.monitor.connection;

import io.switchboard.runtimeclient.RuntimeClientException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a call to the runtime, off the FX thread, and turns its failure into a sentence an operator reads. */
public final class Calls {

    private static final long TIMEOUT_SECONDS = 30;

    private Calls() {
    }

    public static <T> T await(CompletionStage<T> call) throws Exception {
        try {
            return call.toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the runtime did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** What went wrong, for the operator: the runtime's own message when it gave one. */
    public static String describe(Exception failure) {
        if (failure instanceof RuntimeClientException refused) {
            return refused.getMessage();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
