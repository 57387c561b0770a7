package io.switchboard.app;

import io.switchboard.app.shell.MainWindowView;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.app.workspace.WorkspaceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root: the one place where the studio's parts are created and wired together.
 * The workspace is read in {@link #init()}, off the FX thread.
 */
public final class StudioApplication extends Application {

    private Workspace workspace;

    @Override
    public void init() {
        workspace = new WorkspaceScanner().scan(workspaceDirectory(getParameters().getRaw()));
    }

    @Override
    public void start(Stage stage) {
        MainWindowViewModel viewModel = new MainWindowViewModel(workspace);
        MainWindowView view = new MainWindowView(viewModel);
        Scene scene = new Scene(view, 1280, 800);
        view.applyTheme(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.show();
    }

    /** {@code --workspace DIR}, else the example workspace when run from the repository, else the current folder. */
    static Path workspaceDirectory(List<String> args) {
        int index = args.indexOf("--workspace");
        if (index >= 0 && index + 1 < args.size()) {
            return Path.of(args.get(index + 1)).toAbsolutePath().normalize();
        }
        for (Path candidate : List.of(Path.of("examples", "orders"), Path.of("..", "examples", "orders"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
