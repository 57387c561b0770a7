package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.testing.FxAwait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Started with no workspace, the studio opens the live demo: its workspace copied to a writable folder, its flow
 * deployed to the embedded runtime, orders flowing, and failures to look at in the monitor within seconds.
 * With {@code -Dloop.screenshots=../docs/screenshots} it keeps the README's picture of the demo.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DemoInStudioTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private javafx.application.Application studio;

    private long startedAt;

    @BeforeEach
    void start() throws Exception {
        startedAt = System.nanoTime();
        stage = FxToolkit.registerPrimaryStage();
        studio = FxToolkit.setupApplication(StudioApplication.class, "--demo-data", temp.resolve("demo").toString(),
                "--runtime-data", temp.resolve("runtime").toString(), "--settings",
                temp.resolve("settings.json").toString());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(studio);
        FxToolkit.cleanupStages();
    }

    @Test
    void theDemoFlowsAndFailsAFewOrdersToLookAt() throws Exception {
        FxAwait.until("the demo banner", () -> robot.lookup("#demo-banner").tryQuery().isPresent());
        assertTrue(Files.isRegularFile(temp.resolve("demo/flows/orders.flow.json")));
        ToggleButton orders = robot.lookup("#demo-traffic").queryAs(ToggleButton.class);
        FxAwait.until("orders flowing", orders::isSelected, orders::getText);

        robot.clickOn("#perspective-monitor");
        TableView<?> failed = robot.lookup("#failed-messages").queryTableView();
        ListView<?> groups = robot.lookup("#failure-groups").queryListView();
        FxAwait.until("failures to look at", () -> failed.getItems().size() >= 2 && !groups.getItems().isEmpty(),
                () -> failed.getItems().size() + " failed, " + groups.getItems().size() + " groups");
        Label totals = robot.lookup(".health-totals").queryAs(Label.class);
        FxAwait.until("orders delivered", () -> !totals.getText().startsWith("Runtime: 0.0 delivered"),
                totals::getText);

        String folder = System.getProperty("loop.screenshots");
        if (folder != null && !folder.isBlank()) {
            // The README's picture shows the demo as a newcomer sees it 20 s after the first start.
            long left = TimeUnit.SECONDS.toNanos(20) - (System.nanoTime() - startedAt);
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
            WaitForAsyncUtils.waitForFxEvents(20);
            Screenshots.shot(stage.getScene(), Path.of(folder), "demo-monitor.png");
        }

        robot.clickOn("#demo-traffic");
        FxAwait.until("orders paused", () -> !orders.isSelected() && orders.getText().equals("Orders paused"));
    }
}
