package io.switchboard.app;

import io.switchboard.app.contracts.ContractsWorkbench;
import io.switchboard.app.design.DesignWorkbench;
import io.switchboard.app.flows.FlowExports;
import io.switchboard.app.monitor.FlowAlerts;
import io.switchboard.app.monitor.FlowMappings;
import io.switchboard.app.monitor.MonitorWorkbench;
import io.switchboard.app.runtime.EmbeddedRuntime;
import io.switchboard.app.shell.Perspective;
import io.switchboard.app.shell.UnsavedChanges;
import io.switchboard.app.shell.UnsavedChangesDialog;
import io.switchboard.app.shell.WorkspaceEntry;
import io.switchboard.app.shell.MainWindowView;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.shell.StudioAlerts;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.app.workspace.WorkspaceScanner;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.FxWatchdog;
import io.switchboard.fx.task.Tasks;
import io.switchboard.contract.vcs.ContractStability;
import io.switchboard.monitor.kpi.ContractReleases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place where the studio's parts are created and wired together.
 * The workspace is read in {@link #init()}, off the FX thread; the embedded runtime starts on a background thread
 * ({@code --no-runtime} leaves it out, {@code --runtime-data DIR} chooses its folder).
 */
public final class StudioApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StudioApplication.class);

    private StudioOptions options;
    private Workspace workspace;
    private FxWatchdog watchdog;
    private EmbeddedRuntime runtime;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> daemon(task, "studio-background"));
    /** File reading and the preview's computation, apart from the runtime's start so neither waits on the other. */
    private final ExecutorService designBackground = Executors.newSingleThreadExecutor(
            task -> daemon(task, "studio-design"));
    /** Contract checks take seconds on the largest specs; colouring must never wait behind them. */
    private final ExecutorService contractAnalysis = Executors.newSingleThreadExecutor(
            task -> daemon(task, "studio-contracts"));
    private final ExecutorService highlighting = Executors.newSingleThreadExecutor(
            task -> daemon(task, "studio-highlight"));
    /** Calls to the monitored runtime: a few at once, so a slow page never holds back a replay. */
    private final ExecutorService monitorCalls = Executors.newFixedThreadPool(3, task -> daemon(task, "studio-monitor"));
    private MonitorWorkbench monitor;
    /** Every pause (debounces, the highlighter's) waits here and then runs on the FX thread. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "studio-timer"));

    private Tasks onFx(ExecutorService background) {
        return new ExecutorTasks(background, timer, Platform::runLater);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void init() {
        options = StudioOptions.parse(getParameters().getRaw());
        workspace = new WorkspaceScanner().scan(options.workspaceDirectory());
    }

    @Override
    public void start(Stage stage) {
        // Anything that holds the FX thread a quarter of a second is a freeze a user feels: logged with its stack.
        watchdog = FxWatchdog.start(Duration.ofMillis(250), block -> LOG.warn("{}", block));
        MainWindowViewModel viewModel = new MainWindowViewModel(workspace);
        DesignWorkbench design = new DesignWorkbench(workspace, onFx(designBackground));
        ContractsWorkbench contracts = new ContractsWorkbench(workspace, onFx(contractAnalysis), onFx(highlighting));
        UnsavedChanges unsaved = new UnsavedChanges(names -> UnsavedChangesDialog.ask(stage, names));
        Tasks designTasks = onFx(designBackground);
        monitor = new MonitorWorkbench(onFx(monitorCalls), flow -> FlowAlerts.failing(stage, flow, () -> {
            viewModel.open(Perspective.MONITOR);
            monitor.showFlow(flow);
        }), request -> designTasks.run(() -> FlowMappings.mappingOf(workspace, request.flowId()), mapping -> {
            viewModel.open(Perspective.DESIGN);
            unsaved.beforeLosing(List.of(design.document()), () -> design.openWithInput(mapping,
                    "failed message #" + request.messageId(), request.payload()));
        }, failure -> StudioAlerts.cannot(stage, "Failed message #" + request.messageId()
                + " cannot be opened in the designer", failure)), () -> ContractStability.of(workspace.root())
                .stream().map(release -> new ContractReleases.Release(release.contract(), release.name(),
                        release.at(), release.breaking(), release.changes(), release.problem())).toList());
        if (options.runtime()) {
            runtime = new EmbeddedRuntime(options.runtimeDirectory(), background);
            runtime.start(status -> Platform.runLater(() -> {
                viewModel.showRuntime(status.text());
                monitor.runtime(status);
            }));
        }
        MainWindowView view = new MainWindowView(viewModel, Map.of(Perspective.DESIGN, design.view(),
                Perspective.CONTRACTS, contracts.view(), Perspective.MONITOR, monitor.view()), entry -> {
            if (entry.kind() == WorkspaceEntry.Kind.MAPPING) {
                viewModel.open(Perspective.DESIGN);
                unsaved.beforeLosing(List.of(design.document()),
                        () -> design.open(workspace.root().resolve(entry.path())));
            } else if (entry.kind() == WorkspaceEntry.Kind.CONTRACT) {
                viewModel.open(Perspective.CONTRACTS);
                unsaved.beforeLosing(List.of(contracts.document()),
                        () -> contracts.open(workspace.root().resolve(entry.path())));
            }
        });
        view.showMenus(StudioMenus.build(viewModel, design, contracts,
                () -> FlowExports.ask(stage, workspace, designTasks),
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))));
        stage.setOnCloseRequest(event -> {
            // Closing waits for the answer (and for the saves it asks for); the stage is closed from here.
            event.consume();
            unsaved.beforeLosing(List.of(design.document(), contracts.document()), stage::close);
        });
        design.openFirst();
        contracts.openFirst();
        Scene scene = new Scene(view, 1280, 800);
        view.applyTheme(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (watchdog != null) {
            watchdog.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        background.shutdownNow();
        monitorCalls.shutdownNow();
        designBackground.shutdownNow();
        contractAnalysis.shutdownNow();
        highlighting.shutdownNow();
        timer.shutdownNow();
    }

}
