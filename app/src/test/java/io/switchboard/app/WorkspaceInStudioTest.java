package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.testing.FxAwait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Workspaces in the real studio (without its runtime): create one, see a file added on disk appear, open a recent
 * one, follow a flow changed on disk, keep unsaved edits when asked, and the question before closing with them.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WorkspaceInStudioTest {


    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private javafx.application.Application studio;
    private Path orders;

    @BeforeEach
    void start() throws Exception {
        orders = ExampleWorkspace.copyTo(temp.resolve("orders"));
        stage = FxToolkit.registerPrimaryStage();
        studio = FxToolkit.setupApplication(StudioApplication.class, "--workspace", orders.toString(),
                "--no-runtime", "--settings", temp.resolve("settings.json").toString());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(studio);
        FxToolkit.cleanupStages();
    }

    @Test
    void createReloadOpenRecentFollowChangesAndAskBeforeLosingEdits() throws Exception {
        awaitWorkspace("orders");

        // A new workspace: its folders are made, it opens, and it is remembered.
        robot.clickOn("File").clickOn("New workspace…");
        Path created = temp.resolve("returns");
        FxAwait.until("the question", () -> robot.lookup("#workspace-folder").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#workspace-folder").queryAs(TextField.class).setText(created.toString()));
        robot.interact(() -> dialogButton("Create").fire());
        awaitWorkspace("returns");
        for (String folder : new String[] {"contracts", "mappings", "flows", "samples", ".switchboard"}) {
            assertTrue(Files.isDirectory(created.resolve(folder)), folder);
        }
        FxAwait.until("remembered", () -> settingsMention(created));

        // A flow added on disk (a git pull) appears in the project tree, checked.
        Files.copy(orders.resolve("flows/orders.flow.json"), created.resolve("flows/pulled.flow.json"));
        FxAwait.until("the pulled flow listed", () -> treeLabels().contains("pulled.flow.json  · 1 error")
                || treeLabels().contains("pulled.flow.json  · 2 errors")
                || treeLabels().stream().anyMatch(label -> label.startsWith("pulled.flow.json  · ")
                        && !label.endsWith("checking…")), () -> treeLabels().toString());

        // Open recent: back to the first workspace.
        robot.clickOn("File").clickOn("Open recent workspace…");
        FxAwait.until("the recent workspaces", () -> robot.lookup("#recent-workspaces").tryQuery().isPresent());
        DialogPane recent = robot.lookup("#recent-workspaces").queryAs(DialogPane.class);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Path> choice = (javafx.scene.control.ComboBox<Path>) recent
                    .lookup(".combo-box");
            choice.setValue(orders);
        });
        robot.interact(() -> dialogButton("OK").fire());
        awaitWorkspace("orders");

        // The flow open in the flow editor follows a change on disk while it has no unsaved edits.
        robot.interact(() -> robot.lookup("#design-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        FxAwait.until("the flow open", () -> flowName() != null && flowName().equals("Web shop orders to billing"));
        Path flowFile = orders.resolve("flows/orders.flow.json");
        Files.writeString(flowFile, Files.readString(flowFile).replace("Web shop orders to billing",
                "Orders to billing (pulled)"));
        FxAwait.until("reloaded", () -> "Orders to billing (pulled)".equals(flowName()), this::flowName);

        // With unsaved edits, a change on disk asks; keeping them keeps them.
        robot.interact(() -> nameRow().setValue("Orders, edited here"));
        Files.writeString(flowFile, Files.readString(flowFile).replace("Orders to billing (pulled)",
                "Orders to billing (pulled again)"));
        FxAwait.until("the reload question", () -> dialogButton("Keep my edits") != null);
        robot.interact(() -> dialogButton("Keep my edits").fire());
        assertEquals("Orders, edited here", flowName());

        // The theme chosen is remembered for the next start.
        robot.clickOn("#theme-toggle");
        FxAwait.until("the theme remembered", () -> settingsMention(Path.of("DARK")));

        // Quitting with unsaved edits asks; Cancel stays, Don't save closes.
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        FxAwait.until("the unsaved question", () -> dialogButton("Don't save") != null);
        robot.interact(() -> dialogButton("Cancel").fire());
        assertTrue(stage.isShowing(), "Cancel keeps the studio open");
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        FxAwait.until("asked again", () -> dialogButton("Don't save") != null);
        robot.interact(() -> dialogButton("Don't save").fire());
        FxAwait.until("closed", () -> !stage.isShowing());
        assertFalse(Files.readString(flowFile).contains("edited here"), "not saved");
    }

    private void awaitWorkspace(String name) {
        FxAwait.until("workspace " + name, () -> robot.lookup("#workspace-name").tryQuery()
                .map(label -> ((Label) label).getText().equals(name)).orElse(false));
    }

    private java.util.List<String> treeLabels() {
        TreeView<?> tree = robot.lookup("#workspace-files-design").queryAs(TreeView.class);
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (TreeItem<?> folder : tree.getRoot().getChildren()) {
            for (TreeItem<?> file : folder.getChildren()) {
                String name = file.getValue().toString();
                labels.add(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                        .filter(cell -> cell.getItem() == file.getValue()).map(cell -> cell.getText())
                        .findFirst().orElse(name));
            }
        }
        return labels;
    }

    private PropertySheet.Item nameRow() {
        PropertySheet sheet = robot.lookup("#flow-properties-flow").queryAs(PropertySheet.class);
        return sheet.getItems().stream().filter(item -> item.getName().equals("Name")).findFirst().orElse(null);
    }

    private String flowName() {
        PropertySheet.Item row = robot.lookup("#flow-properties-flow").tryQuery().isPresent() ? nameRow() : null;
        return row == null ? null : (String) row.getValue();
    }

    private Button dialogButton(String text) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .flatMap(pane -> pane.lookupAll(".button").stream())
                .filter(node -> node instanceof Button button && text.equals(button.getText()))
                .map(Button.class::cast).findFirst().orElse(null);
    }

    private boolean settingsMention(Path workspace) {
        try {
            return Files.readString(temp.resolve("settings.json")).contains(workspace.getFileName().toString());
        } catch (IOException e) {
            return false;
        }
    }
}
