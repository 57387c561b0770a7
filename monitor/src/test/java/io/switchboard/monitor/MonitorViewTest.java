package io.switchboard.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.testing.FxAwait;
import io.switchboard.fx.testing.FxThreadTasks;
import io.switchboard.fx.testing.NoFxBlocks;
import io.switchboard.monitor.failures.OpenInDesigner;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.RuntimeClient;
import io.switchboard.runtimeclient.wire.AuditRecord;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.fxmisc.richtext.CodeArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The monitor's screen against a real runtime on 127.0.0.1 whose target breaks: what an operator sees and does. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class MonitorViewTest {

    private final FxThreadTasks threads = new FxThreadTasks();
    private final List<String> alerts = new CopyOnWriteArrayList<>();
    private final List<OpenInDesigner> opened = new CopyOnWriteArrayList<>();
    private LiveRuntime live;
    private MonitorViewModel monitor;
    private Stage stage;

    /**
     * The first screen in a JVM loads the classes and styles of every control (half a second, once): done here,
     * before the watchdog starts, with a monitor that is never started, so the tests measure the monitor.
     */
    @Start
    void start(Stage stage) {
        this.stage = stage;
        MonitorViewModel idle = new MonitorViewModel(new JdkRuntimeClient("http://127.0.0.1:9", "unused"),
                threads.tasks(), "warm-up");
        stage.setScene(new Scene(new MonitorView(idle, MonitorView.Hooks.none()), 1200, 780));
        stage.show();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    @AfterEach
    void stop() throws Exception {
        if (monitor != null) {
            // Its state is bound to labels: closed on the FX thread.
            WaitForAsyncUtils.asyncFx(monitor::close).get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        threads.close();
        if (live != null) {
            live.close();
        }
    }

    private void show(FxRobot robot, RuntimeClient client) {
        robot.interact(() -> {
            monitor = new MonitorViewModel(client, threads.tasks(), "test runtime");
            stage.getScene().setRoot(new MonitorView(monitor, new MonitorView.Hooks(alerts::add, () -> { }, opened::add)));
            monitor.start();
        });
        FxAwait.until("live", () -> robot.lookup("#connection-state").queryAs(Label.class).getText().equals("Live"));
    }

    @Test
    void failuresAppearInTheirGroupAndOneIsReplayedFromItsDetails(FxRobot robot) throws Exception {
        live = new LiveRuntime(Files.createTempDirectory("monitor-view"));
        show(robot, live.admin());
        live.target().broken(true);
        for (int i = 0; i < 3; i++) {
            assertEquals(202, live.send("FAIL-" + i));
        }
        TableView<FailedMessageSummary> table = robot.lookup("#failed-messages").queryTableView();
        ListView<FailureGroupSummary> groups = robot.lookup("#failure-groups").queryListView();
        FxAwait.until("three rows in one group", () -> table.getItems().size() == 3 && groups.getItems().size() == 1
                && groups.getItems().get(0).waiting() == 3);

        robot.interact(() -> table.getSelectionModel().select(0));
        CodeArea payload = robot.lookup("#details-payload").queryAs(CodeArea.class);
        FxAwait.until("the payload", () -> payload.getText().contains("FAIL-2"));
        assertTrue(payload.getText().contains("Anna.Schmidt@Example.COM"), "an administrator sees it whole");
        int key = payload.getText().indexOf("\"orderId\"");
        assertTrue(payload.getStyleOfChar(key + 1).contains("payload-key"), "keys in their colour");
        robot.clickOn("#open-in-designer");
        FxAwait.until("asked to open it in the designer", () -> opened.size() == 1);
        assertEquals("orders", opened.get(0).flowId());
        assertTrue(opened.get(0).payload().contains("FAIL-2"), "with the payload as it failed");
        live.target().broken(false);
        robot.clickOn("#replay-selected");

        ListView<String> outcomes = robot.lookup("#replay-outcomes").queryListView();
        FxAwait.until("delivered", () -> !outcomes.getItems().isEmpty()
                && outcomes.getItems().get(0).contains("delivered"));
        FxAwait.until("two waiting", () -> !groups.getItems().isEmpty() && groups.getItems().get(0).waiting() == 2);
        assertEquals(1, live.target().delivered().size());
    }

    @Test
    void anEnvironmentOfTwoRuntimesIsWatchedAsOneWithEachShown(FxRobot robot) throws Exception {
        live = new LiveRuntime(Files.createTempDirectory("monitor-env-a"));
        try (LiveRuntime second = new LiveRuntime(Files.createTempDirectory("monitor-env-b"))) {
            show(robot, new io.switchboard.runtimeclient.EnvironmentClient(List.of(live.admin(), second.admin())));
            assertEquals(200, live.send("OK-A"), "delivered");
            assertEquals(200, second.send("OK-B"), "delivered");
            Label runtimes = robot.lookup(".health-runtimes").queryAs(Label.class);
            FxAwait.until("both runtimes shown", () -> runtimes.isVisible() && runtimes.getText().startsWith(
                    "2 runtimes: "));
            assertTrue(runtimes.getText().contains(live.instance()) && runtimes.getText().contains(second.instance()),
                    runtimes.getText());
            String folder = System.getProperty("monitor.screenshots");
            if (folder != null) {
                FxAwait.until("both deliveries counted", () -> runtimes.getText().split("1 delivered").length >= 3);
                saveScreenshot(robot, Path.of(folder).resolve("monitor-environment.png"));
            }
        }
    }

    /** The window as it is now, as a PNG (for the README, when asked for with -Dmonitor.screenshots=FOLDER). */
    private void saveScreenshot(FxRobot robot, Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage((int) image.getWidth(),
                (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(png, "png", file.toFile());
    }

    @Test
    void aViewerSeesTheReplayActionsDisabledAndWhy(FxRobot robot) throws Exception {
        live = new LiveRuntime(Files.createTempDirectory("monitor-view"));
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-V"));
        show(robot, live.withRole("viewer-on-call", "viewer"));
        TableView<FailedMessageSummary> table = robot.lookup("#failed-messages").queryTableView();
        FxAwait.until("the row", () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        Button replay = robot.lookup("#replay-selected").queryButton();
        Label whyNot = robot.lookup("#replay-why-not").queryAs(Label.class);
        FxAwait.until("the role known", () -> whyNot.getText().contains("operator"));
        assertTrue(whyNot.isVisible());
        assertTrue(replay.getAccessibleHelp().contains("operator"), replay.getAccessibleHelp());

        assertTrue(replay.isDisabled());
        assertTrue(robot.lookup("#replay-group").queryButton().isDisabled());
        assertTrue(robot.lookup("#discard").queryButton().isDisabled());
        CodeArea payload = robot.lookup("#details-payload").queryAs(CodeArea.class);
        FxAwait.until("the masked payload", () -> payload.getText().contains("***"));
        assertTrue(!payload.getText().contains("Anna.Schmidt@Example.COM"), "the e-mail address masked");
        assertTrue(payload.getStyleOfChar(payload.getText().indexOf("***") + 1).contains("payload-masked"),
                "masked values marked as masked");
        assertTrue(robot.lookup(".details-masked").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#open-in-designer").queryButton().isDisabled(), "a masked payload is no sample");
    }

    @Test
    void aGroupIsReplayedAfterADryRunWithProgressAndCancelledHalfWay(FxRobot robot) throws Exception {
        live = new LiveRuntime(Files.createTempDirectory("monitor-view"));
        show(robot, live.admin());
        live.target().broken(true);
        for (int i = 0; i < 12; i++) {
            assertEquals(202, live.send("FAIL-G" + i));
        }
        ListView<FailureGroupSummary> groups = robot.lookup("#failure-groups").queryListView();
        FxAwait.until("twelve waiting in one group", () -> groups.getItems().size() == 1
                && groups.getItems().get(0).waiting() == 12);
        live.target().broken(false);
        robot.interact(() -> groups.getSelectionModel().select(0));
        robot.clickOn("#replay-group");

        FxAwait.until("the dry run's count", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().startsWith("Replay 12 waiting messages"), dialog.getHeaderText());
        robot.interact(() -> {
            robot.lookup("#replay-throttle").queryAs(Spinner.class).getValueFactory().setValue(2);
            robot.lookup("#replay-reason").queryAs(TextField.class).setText("invoice service is back");
        });
        robot.interact(() -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());

        ProgressBar progress = robot.lookup("#replay-progress").queryAs(ProgressBar.class);
        Label progressText = robot.lookup("#replay-progress-text").queryAs(Label.class);
        FxAwait.until("progress shown", () -> progress.isVisible() && progress.getProgress() > 0
                && progressText.getText().contains("delivered"), () -> "progress " + progress.getProgress()
                + (progress.isVisible() ? " shown" : " hidden") + ", text " + progressText.getText() + ", windows "
                + javafx.stage.Window.getWindows() + ", outcomes " + robot.lookup("#replay-outcomes").queryListView()
                .getItems() + ", problem " + robot.lookup(".problem-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        robot.clickOn("#replay-cancel");
        FxAwait.until("cancelled", () -> progressText.getText().toLowerCase().contains("cancelled"));
        FxAwait.until("the rest still waiting", () -> !groups.getItems().isEmpty()
                && groups.getItems().get(0).waiting() > 0 && groups.getItems().get(0).waiting() < 12);
        int delivered = live.target().delivered().size();
        assertEquals(12 - groups.getItems().get(0).waiting(), delivered);
        assertEquals(delivered, live.target().delivered().stream().distinct().count(), "each delivered once");
    }

    @Test
    void anEditedReplayIsDeliveredWithItsReasonInTheAudit(FxRobot robot) throws Exception {
        live = new LiveRuntime(Files.createTempDirectory("monitor-view"));
        show(robot, live.admin());
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-E"));
        TableView<FailedMessageSummary> table = robot.lookup("#failed-messages").queryTableView();
        FxAwait.until("the row", () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        CodeArea payload = robot.lookup("#details-payload").queryAs(CodeArea.class);
        FxAwait.until("the payload", () -> payload.getText().contains("FAIL-E"));
        live.target().broken(false);
        robot.clickOn("#replay-edited");

        FxAwait.until("the editor", () -> robot.lookup("#edited-payload").tryQuery().isPresent());
        TextArea edited = robot.lookup("#edited-payload").queryAs(TextArea.class);
        robot.interact(() -> edited.setText(edited.getText().replace("FAIL-E", "FIXED-E")));
        Label changes = robot.lookup("#edit-changes").queryAs(Label.class);
        assertTrue(changes.getText().contains("\"FAIL-E\"") && changes.getText().contains("\"FIXED-E\""),
                changes.getText());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button replayEdited = (Button) dialog.lookupButton(dialog.getButtonTypes().get(0));
        assertTrue(replayEdited.isDisabled(), "a reason is required");
        robot.interact(() -> robot.lookup("#edit-reason").queryAs(TextField.class).setText("order id typo"));
        robot.interact(replayEdited::fire);

        ListView<String> outcomes = robot.lookup("#replay-outcomes").queryListView();
        FxAwait.until("delivered", () -> !outcomes.getItems().isEmpty()
                && outcomes.getItems().get(0).contains("delivered"));
        assertEquals(1, live.target().delivered().size());
        assertTrue(live.target().delivered().get(0).contains("FIXED-E"), "the edited payload was sent");

        robot.clickOn("#tab-audit");
        TableView<AuditRecord> audit = robot.lookup("#audit-entries").queryTableView();
        FxAwait.until("the replay in the audit", () -> audit.getItems().stream().anyMatch(entry ->
                entry.action().equals("replay") && entry.detail().contains("order id typo")
                        && entry.detail().contains("edited") && entry.detail().contains("changed")));
        robot.interact(() -> robot.lookup("#audit-action").queryAs(CheckComboBox.class).getCheckModel()
                .check("discard"));
        FxAwait.until("no discard yet", () -> audit.getItems().isEmpty());
    }

    @Test
    void aRestartedRuntimeIsFollowedOnScreenWithoutLosingOrRepeatingRows(FxRobot robot) throws Exception {
        live = new LiveRuntime(Files.createTempDirectory("monitor-view"));
        show(robot, live.admin());
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-R1"));
        assertEquals(202, live.send("FAIL-R2"));
        TableView<FailedMessageSummary> table = robot.lookup("#failed-messages").queryTableView();
        FxAwait.until("two rows", () -> table.getItems().size() == 2);
        Label state = robot.lookup("#connection-state").queryAs(Label.class);

        live.stop();
        FxAwait.until("reconnecting", () -> state.getText().startsWith("Reconnecting")
                || state.getText().startsWith("Unreachable"), state::getText);
        live.start();
        FxAwait.until("live again", () -> state.getText().equals("Live"), state::getText);
        live.target().broken(true);
        assertEquals(202, live.send("FAIL-R3"));
        FxAwait.until("three rows, each once", () -> table.getItems().size() == 3, () -> table.getItems().toString());
        assertEquals(3, table.getItems().stream().map(FailedMessageSummary::id).distinct().count());

        robot.interact(() -> {
            robot.lookup("#filter-text").queryAs(TextField.class).setText("FAIL-R2");
            robot.lookup("#filter-apply").queryButton().fire();
        });
        FxAwait.until("the filter's one row", () -> table.getItems().size() == 1, () -> table.getItems().toString());
    }
}
