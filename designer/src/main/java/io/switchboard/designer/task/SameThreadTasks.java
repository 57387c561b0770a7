package io.switchboard.designer.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the caller's thread: deterministic tests of view models. */
public final class SameThreadTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
