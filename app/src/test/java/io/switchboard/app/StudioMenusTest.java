package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.app.contracts.ContractsWorkbench;
import io.switchboard.app.design.DesignWorkbench;
import io.switchboard.app.shell.MainWindowView;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.shell.Perspective;
import io.switchboard.app.shell.WorkspaceEntry;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.app.workspace.WorkspaceScanner;
import io.switchboard.fx.task.ManualTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TreeView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard reaches what the mouse does: menus show every shortcut, Enter opens files, icons say what they do. */
@ExtendWith(ApplicationExtension.class)
class StudioMenusTest {

    private final List<WorkspaceEntry> opened = new ArrayList<>();
    private MainWindowViewModel shell;
    private MenuBar menus;
    private MainWindowView view;

    @Start
    void start(Stage stage) {
        Workspace workspace = new WorkspaceScanner().scan(Path.of("..", "examples", "orders"));
        shell = new MainWindowViewModel(workspace);
        ManualTasks tasks = new ManualTasks();
        DesignWorkbench design = new DesignWorkbench(workspace, tasks, new io.switchboard.app.shell.UnsavedChanges(names -> io.switchboard.app.shell.UnsavedChanges.Choice.DISCARD));
        ContractsWorkbench contracts = new ContractsWorkbench(workspace, tasks, tasks);
        view = new MainWindowView(shell, Map.of(Perspective.DESIGN, design.tabs(), Perspective.CONTRACTS,
                contracts.view()), opened::add);
        menus = StudioMenus.build(shell, design, contracts, FileCommands.only(stage::close));
        view.showMenus(menus);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private MenuItem item(String id) {
        return menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theMenusShowTheShortcutsAndEnableWhatTheOpenPerspectiveCanDo(FxRobot robot) {
        assertEquals("Shortcut+Enter", item("menu-connect-selected-fields").getAccelerator().getName());
        assertEquals("F12", item("menu-go-to-definition").getAccelerator().getName());
        assertEquals("Shortcut+S", item("menu-save").getAccelerator().getName());
        assertTrue(item("menu-go-to-definition").isDisable(), "a contract command while designing");
        assertFalse(item("menu-connect-selected-fields").isDisable());

        robot.interact(() -> shell.open(Perspective.CONTRACTS));

        assertFalse(item("menu-go-to-definition").isDisable());
        assertTrue(item("menu-connect-selected-fields").isDisable());
    }

    @Test
    void enterOpensAWorkspaceFileAsADoubleClickDoes(FxRobot robot) {
        TreeView<?> files = robot.lookup("#workspace-files-design").queryAs(TreeView.class);
        robot.interact(() -> {
            files.requestFocus();
            files.getSelectionModel().select(1);
        });

        robot.type(KeyCode.ENTER);

        assertEquals(1, opened.size());
        assertEquals(files.getSelectionModel().getSelectedItem().getValue(), opened.get(0));
    }

    @Test
    void everyButtonWithoutWordsSaysWhatItDoes(FxRobot robot) {
        List<String> silent = new ArrayList<>();
        for (Node node : robot.lookup(".button").queryAll()) {
            if (node instanceof Button button && (button.getText() == null || button.getText().isBlank())
                    && (button.getAccessibleText() == null || button.getAccessibleText().isBlank())) {
                silent.add(String.valueOf(button.getId()));
            }
        }
        assertEquals(List.of(), silent);
    }
}
