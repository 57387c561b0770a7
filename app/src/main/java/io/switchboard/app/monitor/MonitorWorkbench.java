package io.switchboard.app.monitor;

import io.switchboard.app.runtime.EmbeddedRuntime;
import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.MonitorView;
import io.switchboard.monitor.MonitorViewModel;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Monitor perspective's content: a word about the runtime until it runs, then the monitor connected to it with
 * its admin token. A flow turning failing is told through {@code alert}.
 */
public final class MonitorWorkbench implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorWorkbench.class);

    private final StackPane view = new StackPane();
    private final Tasks tasks;
    private final Consumer<String> alert;
    private final Label waiting = new Label("The runtime is starting; the monitor connects to it as soon as it runs.");
    private MonitorViewModel monitor;

    public MonitorWorkbench(Tasks tasks, Consumer<String> alert) {
        this.tasks = tasks;
        this.alert = alert;
        waiting.setWrapText(true);
        view.getChildren().add(waiting);
    }

    public Node view() {
        return view;
    }

    /** Called on the FX thread with each state of the embedded runtime. */
    public void runtime(EmbeddedRuntime.Status status) {
        switch (status.state()) {
            case STARTING -> waiting.setText(status.text());
            case FAILED -> waiting.setText(status.text() + ". Nothing to monitor until it runs.");
            case RUNNING -> connect(status);
        }
    }

    /** Narrows the failed messages to one flow: what a click on a notification does. */
    public void showFlow(String flowId) {
        if (monitor != null) {
            monitor.failures().flowProperty().set(flowId);
            monitor.failures().reload();
        }
    }

    private void connect(EmbeddedRuntime.Status status) {
        String token;
        try {
            token = Files.readString(status.tokenFile()).trim();
        } catch (IOException e) {
            LOG.error("The embedded runtime's token file {} cannot be read", status.tokenFile(), e);
            waiting.setText("The runtime runs, but its token file " + status.tokenFile() + " cannot be read: "
                    + e.getMessage());
            return;
        }
        monitor = new MonitorViewModel(new JdkRuntimeClient(status.apiUrl(), token), tasks,
                "Embedded runtime · " + status.apiUrl());
        view.getChildren().setAll(new MonitorView(monitor, alert));
        monitor.start();
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
    }
}
