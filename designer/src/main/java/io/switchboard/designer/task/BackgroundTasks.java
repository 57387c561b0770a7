package io.switchboard.designer.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands its outcome back on it. View models take one in their constructor; tests
 * give them {@link SameThreadTasks}.
 */
public interface BackgroundTasks {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
