package io.switchboard.designer.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs work on a background executor and delivers the outcome through the FX executor. */
public final class ExecutorTasks implements BackgroundTasks {

    private final Executor background;
    private final Executor fx;

    public ExecutorTasks(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                fx.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                fx.execute(() -> onFailure.accept(e));
            }
        });
    }
}
