package io.switchboard.fx.testing;

import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.Tasks;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;

/** Real threads for tests of real screens, as the studio has them: one background thread, one timer, the FX thread. */
public final class FxThreadTasks implements AutoCloseable {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Tasks tasks = new ExecutorTasks(background, timer, Platform::runLater);

    public Tasks tasks() {
        return tasks;
    }

    /**
     * Stops both threads and waits (a few seconds at most) for work still running: a test's background work must not
     * take the processors from the next test's screen.
     */
    @Override
    public void close() {
        background.shutdownNow();
        timer.shutdownNow();
        try {
            background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            timer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
