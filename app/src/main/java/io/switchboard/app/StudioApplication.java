package io.switchboard.app;

import io.switchboard.app.contracts.ContractsWorkbench;
import io.switchboard.app.deploy.DeployActions;
import io.switchboard.app.deploy.FlowDeployments;
import io.switchboard.app.deploy.RuntimeConnections;
import io.switchboard.app.demo.Demo;
import io.switchboard.app.demo.DemoBanner;
import io.switchboard.app.design.DesignWorkbench;
import io.switchboard.app.flows.FlowExports;
import io.switchboard.app.flows.NewFlowDialog;
import io.switchboard.app.monitor.FlowAlerts;
import io.switchboard.app.monitor.FlowMappings;
import io.switchboard.app.monitor.MonitorWorkbench;
import io.switchboard.app.runtime.EmbeddedRuntime;
import io.switchboard.app.settings.EnvironmentsDialog;
import io.switchboard.app.settings.SettingsFile;
import io.switchboard.app.settings.StudioSettings;
import io.switchboard.app.settings.UserSettings;
import io.switchboard.app.shell.DiskChanges;
import io.switchboard.app.shell.MainWindowView;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.shell.OpenDocument;
import io.switchboard.app.shell.Perspective;
import io.switchboard.app.shell.StudioAlerts;
import io.switchboard.app.shell.UnsavedChanges;
import io.switchboard.app.shell.UnsavedChangesDialog;
import io.switchboard.app.shell.WorkspaceEntry;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.app.workspace.WorkspaceChecks;
import io.switchboard.app.workspace.WorkspaceScanner;
import io.switchboard.app.workspace.WorkspaceWatcher;
import io.switchboard.contract.vcs.ContractStability;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.FxWatchdog;
import io.switchboard.fx.task.LatestOnly;
import io.switchboard.fx.task.Tasks;
import io.switchboard.monitor.kpi.ContractReleases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * The settings and the workspace are read in {@link #init()}, off the FX thread; the embedded runtime starts on a
 * background thread ({@code --no-runtime} leaves it out, {@code --runtime-data DIR} chooses its folder). Opening
 * another workspace builds the window's perspectives anew for it; the runtime, the monitor and the settings stay.
 */
public final class StudioApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StudioApplication.class);
    /** A burst of changes on disk (a git pull) is read once, after it settles. */
    private static final Duration RELOAD_PAUSE = Duration.ofMillis(400);

    private StudioOptions options;
    private SettingsFile settingsFile;
    private UserSettings initialSettings;
    private Workspace initialWorkspace;
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
    /** Deploys, versions and workspace checks: runtime calls and file reads the editors never wait for. */
    private final ExecutorService workspaceCalls = Executors.newSingleThreadExecutor(
            task -> daemon(task, "studio-workspace"));
    private MonitorWorkbench monitor;
    /** The live demo, when the studio opened with no workspace of its own; null otherwise. */
    private Demo demo;
    /** Every pause (debounces, the highlighter's) waits here and then runs on the FX thread. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "studio-timer"));

    private Stage stage;
    private StudioSettings settings;
    private UnsavedChanges unsaved;
    private final RuntimeConnections connections = new RuntimeConnections();
    private FlowDeployments deployments;
    /** The workspace open now and its perspectives. */
    private Workspace workspace;
    private MainWindowViewModel shell;
    private DesignWorkbench design;
    private ContractsWorkbench contracts;
    private WorkspaceWatcher watcher;
    private DiskChanges diskChanges;
    private LatestOnly reloads;

    private Tasks onFx(ExecutorService executor) {
        return new ExecutorTasks(executor, timer, Platform::runLater);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void init() {
        options = StudioOptions.parse(getParameters().getRaw());
        settingsFile = new SettingsFile(options.settingsFile());
        initialSettings = settingsFile.read();
        Path folder = null;
        if (options.workspaceGiven()) {
            folder = options.workspaceDirectory();
        } else if (!initialSettings.recentWorkspaces().isEmpty()
                && Files.isDirectory(initialSettings.recentWorkspaces().get(0))) {
            folder = initialSettings.recentWorkspaces().get(0);
        }
        if (folder == null || folder.equals(options.demoDirectory())) {
            try {
                demo = Demo.prepare(options.demoDirectory());
                folder = demo.workspace();
            } catch (java.io.IOException e) {
                LOG.error("The demo workspace cannot be prepared in {}: {}", options.demoDirectory(), e.getMessage());
                folder = folder == null ? options.demoDirectory() : folder;
            }
        }
        initialWorkspace = new WorkspaceScanner().scan(folder);
        if (options.runtime()) {
            // Started now, so that the runtime comes up while the window is being built.
            runtime = new EmbeddedRuntime(options.runtimeDirectory(), background);
            deployments = new FlowDeployments(connections, new DefinitionLoader());
            runtime.start(status -> {
                if (status.state() == EmbeddedRuntime.State.RUNNING) {
                    LOG.info("embedded runtime ready {} ms after the process started", sinceProcessStart());
                    connections.localRuns(status.apiUrl(), status.tokenFile());
                    // Deployed at once, while the window may still be in the making.
                    runDemo(status.ingressPort());
                }
                Platform.runLater(() -> runtimeIs(status));
            });
        }
    }

    /** The embedded runtime's state: kept until the window exists, then shown and acted on. On the FX thread. */
    private void runtimeIs(EmbeddedRuntime.Status status) {
        runtimeStatus = status;
        if (shell == null) {
            return;
        }
        shell.showRuntime(status.text());
        monitor.runtime(status);
    }

    private EmbeddedRuntime.Status runtimeStatus;

    @Override
    public void start(Stage primary) {
        running = this;
        stage = primary;
        // Anything that holds the FX thread a quarter of a second is a freeze a user feels: logged with its stack.
        watchdog = FxWatchdog.start(Duration.ofMillis(250), block -> LOG.warn("{}", block));
        Tasks workspaceTasks = onFx(workspaceCalls);
        settings = new StudioSettings(settingsFile, initialSettings, workspaceTasks,
                failure -> LOG.error("The settings could not be saved: {}", failure.getMessage(), failure));
        unsaved = new UnsavedChanges(names -> UnsavedChangesDialog.ask(stage, names));
        if (deployments == null) {
            deployments = new FlowDeployments(connections, new DefinitionLoader());
        }
        reloads = new LatestOnly(workspaceTasks, RELOAD_PAUSE);
        Tasks designTasks = onFx(designBackground);
        monitor = new MonitorWorkbench(onFx(monitorCalls), flow -> FlowAlerts.failing(stage, flow, () -> {
            shell.open(Perspective.MONITOR);
            monitor.showFlow(flow);
        }), request -> designTasks.run(() -> FlowMappings.find(workspace, request.flowId()), found -> {
            shell.open(Perspective.DESIGN);
            unsaved.beforeLosing(design.documents(), () -> {
                // The flow first, so that the mapping's tab is the one in front.
                design.flowEditor().open(found.flow());
                design.openWithInput(found.mapping(), "failed message #" + request.messageId(), request.payload());
            });
        }, failure -> StudioAlerts.cannot(stage, "Failed message #" + request.messageId()
                + " cannot be opened in the designer", failure)), () -> ContractStability.of(workspace.root())
                .stream().map(release -> new ContractReleases.Release(release.contract(), release.name(),
                        release.at(), release.breaking(), release.changes(), release.problem())).toList());
        stage.setOnCloseRequest(event -> {
            // Closing waits for the answer (and for the saves it asks for); the stage is closed from here.
            event.consume();
            unsaved.beforeLosing(documents(), stage::close);
        });
        stage.getIcons().setAll(io.switchboard.icons.AppIcon.images());
        UserSettings.Window size = settings.window();
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), size == null ? 1280 : Math.max(800, size.width()),
                size == null ? 800 : Math.max(560, size.height()));
        // The size is remembered once the user stops resizing.
        LatestOnly windowSaves = new LatestOnly(workspaceTasks, Duration.ofSeconds(1));
        javafx.beans.InvalidationListener resized = changed -> windowSaves.request(() -> {
            settings.window(stage.getWidth(), stage.getHeight());
            return null;
        }, nothing -> { }, failure -> { });
        stage.widthProperty().addListener(resized);
        stage.heightProperty().addListener(resized);
        stage.setScene(scene);
        show(initialWorkspace);
        // The demo is there to be watched: it opens on the Monitor unless told otherwise.
        shell.open(!options.perspectiveGiven() && demo != null && initialWorkspace.root().equals(demo.workspace())
                ? Perspective.MONITOR : options.perspective());
        stage.show();
        if (runtimeStatus != null) {
            runtimeIs(runtimeStatus);
        }
        LOG.info("window shown {} ms after the process started", sinceProcessStart());
    }

    /** Milliseconds since this process started, as the start-up benchmark reads them from the log. */
    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
    }


    /**
     * The demo's flow is deployed and its orders start flowing, once the embedded runtime runs; called on the
     * runtime's thread, maybe before the window exists (the outcome is handed to the FX thread).
     */
    private void runDemo(int ingressPort) {
        if (demo == null) {
            return;
        }
        Demo running = demo;
        onFx(workspaceCalls).run(() -> {
            running.run(deployments, ingressPort);
            return running;
        }, started -> {
            demoSending.set(started.sending());
            LOG.info("demo ready: flow deployed, orders flowing {} ms after the process started",
                    sinceProcessStart());
        }, failure -> StudioAlerts.cannot(stage,
                "The demo flow cannot be deployed to the embedded runtime", failure));
    }

    private final javafx.beans.property.BooleanProperty demoSending =
            new javafx.beans.property.SimpleBooleanProperty(false);

    /** Builds the window's perspectives for a workspace, and watches its files. */
    private void show(Workspace opened) {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        workspace = opened;
        shell = new MainWindowViewModel(opened);
        if (settings.theme() != null) {
            try {
                shell.themeProperty().set(io.switchboard.app.shell.Theme.valueOf(settings.theme()));
            } catch (IllegalArgumentException e) {
                LOG.warn("The theme {} in the settings is not known; the light one is used", settings.theme());
            }
        }
        shell.themeProperty().addListener((observable, old, now) -> settings.theme(now.name()));
        if (runtimeStatus != null) {
            shell.showRuntime(runtimeStatus.text());
        }
        Tasks designTasks = onFx(designBackground);
        Tasks workspaceTasks = onFx(workspaceCalls);
        design = new DesignWorkbench(opened, designTasks, unsaved);
        contracts = new ContractsWorkbench(opened, onFx(contractAnalysis), onFx(highlighting));
        DeployActions deploy = new DeployActions(design.flowEditor(), settings, deployments, workspaceTasks,
                () -> stage, shell::showStatus, proceed -> unsaved.beforeLosing(design.documents(), proceed));
        design.flowView().toolbarItems().addAll(deploy.toolbarItems());
        MainWindowView view = new MainWindowView(shell, Map.of(Perspective.DESIGN, design.tabs(),
                Perspective.CONTRACTS, contracts.view(), Perspective.MONITOR, monitor.view()), this::openEntry);
        view.showMenus(StudioMenus.build(shell, design, contracts, new FileCommands(
                this::newWorkspace, this::openWorkspace, this::openRecent,
                () -> NewFlowDialog.ask(stage, workspace.root(), absolute(workspace.contracts()), design.flowEditor(),
                        designTasks, created -> shell.open(Perspective.DESIGN),
                        failure -> StudioAlerts.cannot(stage, "Cannot create a flow", failure)),
                () -> FlowExports.ask(stage, workspace, designTasks),
                () -> EnvironmentsDialog.show(stage, settings), deploy::deploy, deploy::versions,
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))));
        if (demo != null && opened.root().equals(demo.workspace())) {
            view.showBanner(DemoBanner.of(demoSending, on -> {
                demo.send(on);
                demoSending.set(demo.sending());
            }, runtime != null));
        } else if (demo != null) {
            // Another workspace is open: the demo's shop stops sending orders.
            demo.send(false);
            demoSending.set(false);
        }
        stage.getScene().setRoot(view);
        view.applyTheme(stage.getScene());
        stage.titleProperty().bind(shell.titleProperty());
        trackUnsaved(opened);
        diskChanges = new DiskChanges(documents(), designTasks, name -> UnsavedChangesDialog.reload(stage, name),
                shell::showStatus);
        design.openFirst();
        openContractsWhenShown();
        // Watched first: the checks and the settings are written after it on the same thread.
        MainWindowViewModel watched = shell;
        workspaceTasks.run(() -> WorkspaceWatcher.start(opened.root(), () -> Platform.runLater(this::reloadSoon)),
                started -> {
                    if (watched == shell) {
                        watcher = started;
                    } else {
                        // Another workspace was opened meanwhile.
                        started.close();
                    }
                }, failure -> LOG.warn("The workspace {} is not watched for changes on disk: {}", opened.root(),
                        failure.getMessage()));
        check(opened);
        settings.opened(opened.root());
    }

    /**
     * The first contract is read and checked when the Contracts perspective is first shown: at start the processors
     * are busy with the window, the runtime and the demo.
     */
    private void openContractsWhenShown() {
        if (shell.perspectiveProperty().get() == Perspective.CONTRACTS) {
            contracts.openFirst();
            return;
        }
        ContractsWorkbench waiting = contracts;
        shell.perspectiveProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Perspective> observable, Perspective old,
                                Perspective now) {
                if (now == Perspective.CONTRACTS) {
                    observable.removeListener(this);
                    if (waiting.document().file() == null) {
                        waiting.openFirst();
                    }
                }
            }
        });
    }

    /** Each open document's unsaved edits show in the project tree. */
    private void trackUnsaved(Workspace opened) {
        for (OpenDocument document : documents()) {
            document.unsaved().addListener((observable, was, now) -> {
                Path file = document.file();
                if (file != null && file.toAbsolutePath().startsWith(opened.root().toAbsolutePath())) {
                    shell.unsaved(opened.root().toAbsolutePath().relativize(file.toAbsolutePath()), now);
                }
            });
        }
    }

    private void check(Workspace opened) {
        WorkspaceChecks checks = new WorkspaceChecks(new DefinitionLoader());
        MainWindowViewModel current = shell;
        onFx(workspaceCalls).run(() -> checks.check(opened), current::checked,
                failure -> LOG.warn("The workspace's files could not be checked: {}", failure.getMessage()));
    }

    private void reloadSoon() {
        Workspace current = workspace;
        MainWindowViewModel currentShell = shell;
        reloads.request(() -> () -> new WorkspaceScanner().scan(current.root()), scanned -> {
            if (currentShell != shell) {
                return;
            }
            workspace = scanned;
            shell.reload(scanned);
            check(scanned);
            diskChanges.check();
        }, failure -> LOG.warn("The workspace could not be read again: {}", failure.getMessage()));
    }

    private void openEntry(WorkspaceEntry entry) {
        Path file = workspace.root().resolve(entry.path());
        switch (entry.kind()) {
            case MAPPING -> {
                shell.open(Perspective.DESIGN);
                unsaved.beforeLosing(List.of(design.document()), () -> design.open(file));
            }
            case FLOW -> {
                shell.open(Perspective.DESIGN);
                unsaved.beforeLosing(List.of(design.flowDocument()), () -> design.openFlow(file));
            }
            case CONTRACT -> {
                shell.open(Perspective.CONTRACTS);
                unsaved.beforeLosing(List.of(contracts.document()), () -> contracts.open(file));
            }
            case SAMPLE -> shell.open(Perspective.DESIGN);
        }
    }

    private List<OpenDocument> documents() {
        List<OpenDocument> all = new ArrayList<>(design.documents());
        all.add(contracts.document());
        return all;
    }

    private void openWorkspace() {
        WorkspaceChoice.folder(stage, false).ifPresent(folder -> open(folder, false));
    }

    private void newWorkspace() {
        WorkspaceChoice.folder(stage, true).ifPresent(folder -> open(folder, true));
    }

    private void openRecent() {
        WorkspaceChoice.recent(stage, settings.recentWorkspaces()).ifPresent(path -> open(path, false));
    }

    /** Asks about unsaved edits, then reads (or first creates) the workspace in the background and shows it. */
    private void open(Path folder, boolean create) {
        unsaved.beforeLosing(documents(), () -> onFx(workspaceCalls).run(() -> {
            Path root = create ? io.switchboard.app.workspace.WorkspaceFolders.create(folder) : folder;
            if (!Files.isDirectory(root)) {
                throw new java.io.IOException(root + " is not a folder");
            }
            return new WorkspaceScanner().scan(root);
        }, this::show, failure -> StudioAlerts.cannot(stage, "Cannot open " + folder + " as a workspace",
                failure)));
    }

    private List<Path> absolute(List<Path> relative) {
        return relative.stream().map(path -> workspace.root().resolve(path)).toList();
    }

    /** The studio running in this process, for a stop asked by a signal (see {@link Launcher}). */
    private static volatile StudioApplication running;
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void stop() {
        stopOnce();
    }

    /**
     * The process was asked to end (SIGTERM, a logout) while the window is open: the runtime, the demo and the
     * watchers are stopped on the asking thread, as closing the window would.
     */
    static void stopOnSignal() {
        StudioApplication studio = running;
        if (studio != null) {
            studio.stopOnce();
        }
    }

    private void stopOnce() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        long stopping = System.nanoTime();
        try {
            stopEverything();
        } finally {
            LOG.info("stopped in {} ms", java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime()
                    - stopping));
        }
    }

    private void stopEverything() {
        if (watchdog != null) {
            watchdog.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (demo != null) {
            demo.close();
        }
        if (runtime != null) {
            runtime.close();
        }
        background.shutdownNow();
        monitorCalls.shutdownNow();
        designBackground.shutdownNow();
        contractAnalysis.shutdownNow();
        highlighting.shutdownNow();
        workspaceCalls.shutdownNow();
        timer.shutdownNow();
    }
}
