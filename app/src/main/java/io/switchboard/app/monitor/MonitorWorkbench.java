package io.switchboard.app.monitor;

import io.switchboard.app.runtime.EmbeddedRuntime;
import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.MonitorView;
import io.switchboard.monitor.MonitorViewModel;
import io.switchboard.monitor.failures.OpenInDesigner;
import io.switchboard.monitor.kpi.ContractReleases;
import io.switchboard.runtimeclient.EnvironmentClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import io.switchboard.icons.StudioIcon;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Monitor perspective's content: a word about the runtime until it runs, then the monitor connected to it with
 * its admin token, or to another runtime the operator chose (its URL and a token file). A flow turning failing is
 * told through {@code alert}; a failed message to look at in the designer through {@code openInDesigner}.
 */
public final class MonitorWorkbench implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorWorkbench.class);

    private final StackPane view = new StackPane();
    private final Tasks tasks;
    private final Consumer<String> alert;
    private final Consumer<OpenInDesigner> openInDesigner;
    private final ContractReleases releases;
    private final Label waiting = new Label("The runtime is starting; the monitor connects to it as soon as it runs.");
    private final VBox placeholder;
    private EmbeddedRuntime.Status embedded;
    private RuntimeChoiceDialog.Choice choice = new RuntimeChoiceDialog.Choice(null, null);
    private MonitorViewModel monitor;

    public MonitorWorkbench(Tasks tasks, Consumer<String> alert, Consumer<OpenInDesigner> openInDesigner,
                            ContractReleases releases) {
        this.tasks = tasks;
        this.alert = alert;
        this.openInDesigner = openInDesigner;
        this.releases = releases;
        waiting.setWrapText(true);
        Button other = new Button("Runtime…", StudioIcon.RUNTIME.create(14));
        other.setOnAction(event -> chooseRuntime());
        placeholder = new VBox(8, waiting, other);
        placeholder.setAlignment(Pos.CENTER);
        view.getChildren().add(placeholder);
    }

    public Node view() {
        return view;
    }

    /** Called on the FX thread with each state of the embedded runtime. */
    public void runtime(EmbeddedRuntime.Status status) {
        switch (status.state()) {
            case STARTING -> waiting.setText(status.text());
            case FAILED -> waiting.setText(status.text() + ". Nothing to monitor until it runs.");
            case RUNNING -> {
                embedded = status;
                if (choice.embedded()) {
                    connect(status.apiUrl(), status.tokenFile(), "Embedded runtime · " + status.apiUrl());
                }
            }
        }
    }

    /** Narrows the failed messages to one flow: what a click on a notification does. */
    public void showFlow(String flowId) {
        if (monitor != null) {
            MonitorView.showFlow(monitor, flowId);
        }
    }

    private void chooseRuntime() {
        RuntimeChoiceDialog.ask(view.getScene().getWindow(), choice).ifPresent(chosen -> {
            choice = chosen;
            if (!chosen.embedded()) {
                connect(chosen.url(), chosen.tokenFile(), chosen.url());
            } else if (embedded != null) {
                connect(embedded.apiUrl(), embedded.tokenFile(), "Embedded runtime · " + embedded.apiUrl());
            } else {
                disconnect();
                view.getChildren().setAll(placeholder);
            }
        });
    }

    /** The token is read in the background; the monitor starts once it is known. */
    private void connect(String apiUrl, Path tokenFile, String name) {
        disconnect();
        Callable<String> readToken = () -> Files.readString(tokenFile).trim();
        tasks.run(readToken, token -> {
            monitor = new MonitorViewModel(EnvironmentClient.connect(apiUrl, token), tasks,
                    name, releases);
            view.getChildren().setAll(new MonitorView(monitor, new MonitorView.Hooks(alert, this::chooseRuntime,
                    openInDesigner)));
            monitor.start();
        }, failure -> {
            LOG.error("The token file {} of {} cannot be read", tokenFile, apiUrl, failure);
            waiting.setText("The runtime at " + apiUrl + " cannot be watched: its token file " + tokenFile
                    + " cannot be read (" + failure.getMessage() + "). Choose another with Runtime….");
            view.getChildren().setAll(placeholder);
        });
    }

    private void disconnect() {
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}
