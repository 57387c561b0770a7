package io.switchboard.app;

import io.switchboard.app.contracts.ContractsWorkbench;
import io.switchboard.app.design.DesignWorkbench;
import io.switchboard.app.shell.MainWindowView;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.shell.Perspective;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.app.workspace.WorkspaceScanner;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.fx.task.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the README's screenshots of the studio on the example workspace, headless: {@code mvn -Pscreenshots -pl app
 * test}. Not part of the ordinary test run.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class StudioScreenshotsTest {


    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Tasks tasks = new ExecutorTasks(background, timer, Platform::runLater);
    private MainWindowViewModel shell;
    private DesignWorkbench design;
    private ContractsWorkbench contracts;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Workspace workspace = new WorkspaceScanner().scan(Path.of("..", "examples", "orders"));
        shell = new MainWindowViewModel(workspace);
        design = new DesignWorkbench(workspace, tasks, new io.switchboard.app.shell.UnsavedChanges(names -> io.switchboard.app.shell.UnsavedChanges.Choice.DISCARD));
        contracts = new ContractsWorkbench(workspace, tasks, tasks);
        MainWindowView view = new MainWindowView(shell, Map.of(Perspective.DESIGN, design.tabs(),
                Perspective.CONTRACTS, contracts.view()), entry -> { });
        view.showMenus(StudioMenus.build(shell, design, contracts, FileCommands.only(stage::close)));
        scene = new Scene(view, 1280, 800);
        view.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
                design.openFirst();
        contracts.openFirst();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void takeTheReadmeScreenshots(FxRobot robot) throws Exception {
        Screenshots.awaitTrue(() -> design.view().lineLayer().drawnLines() > 10);
        robot.interact(() -> design.editor().selectedTargetProperty().set(
                design.editor().targetRootProperty().get().child("customer").orElseThrow()));
        Screenshots.settle();
        Screenshots.shot(scene, "mapping-canvas-light.png");

        robot.interact(shell::toggleTheme);
        Screenshots.settle();
        Screenshots.shot(scene, "mapping-canvas-dark.png");

        robot.interact(() -> design.tabs().getSelectionModel().select(1));
        Screenshots.awaitTrue(() -> design.flowEditor().flowProperty().get() != null
                && !design.flowEditor().checkingProperty().get());
        robot.interact(() -> design.flowEditor().selectedProperty().set(3));
        Screenshots.settle();
        Screenshots.shot(scene, "flow-editor-dark.png");
        robot.interact(() -> design.tabs().getSelectionModel().select(0));

        robot.interact(() -> {
            shell.toggleTheme();
            shell.open(Perspective.CONTRACTS);
        });
        Screenshots.awaitTrue(() -> !contracts.editor().findings().isEmpty());
        Screenshots.settle();
        Screenshots.shot(scene, "contracts-editor-light.png");
    }
}
