package io.switchboard.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.app.workspace.WorkspaceScanner;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {

    private MainWindowViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        viewModel = new MainWindowViewModel(new WorkspaceScanner().scan(Path.of("..", "examples", "orders")));
        MainWindowView view = new MainWindowView(viewModel);
        scene = new Scene(view, 1200, 760);
        view.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theThreePerspectivesAreThereAndDesignIsOpen(FxRobot robot) {
        assertEquals("Design", robot.lookup("#perspective-design").queryAs(ToggleButton.class).getText());
        assertEquals("Contracts", robot.lookup("#perspective-contracts").queryAs(ToggleButton.class).getText());
        assertEquals("Monitor", robot.lookup("#perspective-monitor").queryAs(ToggleButton.class).getText());
        assertTrue(robot.lookup("#perspective-design").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#perspective-view-design").tryQuery().isPresent());
        assertEquals("orders", robot.lookup("#workspace-name").queryAs(Label.class).getText());
    }

    @Test
    void clickingAPerspectiveOpensIt(FxRobot robot) {
        robot.clickOn("#perspective-contracts");

        assertEquals(Perspective.CONTRACTS, viewModel.perspectiveProperty().get());
        TreeView<?> contracts = robot.lookup("#workspace-files-contracts").queryAs(TreeView.class);
        assertEquals(1, contracts.getRoot().getChildren().size(), "one folder");
        assertEquals(1, contracts.getRoot().getChildren().get(0).getChildren().size(), "one contract");
        assertTrue(robot.lookup("#perspective-view-design").tryQuery().isEmpty());

        robot.clickOn("#perspective-contracts");
        assertTrue(robot.lookup("#perspective-contracts").queryAs(ToggleButton.class).isSelected(),
                "clicking the open perspective keeps it open");
    }

    @Test
    void theThemeButtonSwapsTheThemeStylesheet(FxRobot robot) {
        assertTrue(scene.getStylesheets().get(1).endsWith("theme/light.css"));

        robot.clickOn("#theme-toggle");

        assertTrue(scene.getStylesheets().get(1).endsWith("theme/dark.css"));
        assertTrue(scene.getStylesheets().get(0).endsWith("theme/studio.css"));
    }

    @Test
    void theStatusBarSummarisesTheWorkspace(FxRobot robot) {
        assertEquals("1 contract · 1 mapping · 1 flow · 2 samples", robot.lookup("#status").queryAs(Label.class).getText());
    }
}
