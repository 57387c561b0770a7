package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.cli.SwitchboardCli;
import io.switchboard.fx.testing.FxAwait;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The incident loop in the real studio, with its embedded runtime and a stub invoice service on 127.0.0.1: a flow
 * deployed from the flow editor after its review; orders fail because the mapping reads a field the orders do not
 * have; the operator opens a failed message in the designer; the analyst fixes the mapping (the preview shows the
 * fixed output), deploys the new version (the review shows the one changed line), replays the failure group from
 * the monitor (delivered), and keeps the payload as a test case that {@code switchboard test} passes.
 *
 * <p>With {@code -Dloop.screenshots=../docs/screenshots} it also takes the README's pictures of each step.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class IncidentLoopTest {

    private static final Path EXAMPLE = ExampleWorkspace.FOLDER;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private HttpServer invoices;
    private Path workspace;
    private Stage stage;
    private javafx.application.Application studio;

    @BeforeEach
    void start() throws Exception {
        invoices = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        invoices.createContext("/invoices", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            boolean complete = body.contains("\"orderRef\"");
            byte[] answer = (complete ? "{\"accepted\":true}"
                    : "{\"error\":\"orderRef is required\",\"field\":\"orderRef\"}").getBytes(StandardCharsets.UTF_8);
            if (complete) {
                Matcher ref = Pattern.compile("\"orderRef\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                delivered.add(ref.find() ? ref.group(1) : "?");
            }
            exchange.sendResponseHeaders(complete ? 200 : 422, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        invoices.start();
        workspace = ExampleWorkspace.copyTo(temp.resolve("workspace"));
        Path flow = workspace.resolve("flows/orders.flow.json");
        ObjectNode definition = (ObjectNode) JSON.readTree(flow.toFile());
        ((ObjectNode) definition.get("target")).put("url", "http://127.0.0.1:" + invoices.getAddress().getPort()
                + "/invoices");
        Files.writeString(flow, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition));
        // The incident: the mapping reads orderID, which orders do not have, so invoices lack their orderRef.
        Path mapping = workspace.resolve("mappings/order-to-invoice.mapping.json");
        Files.writeString(mapping, Files.readString(mapping).replace(
                "{ \"target\": \"orderRef\", \"expression\": \".orderId\" }",
                "{ \"target\": \"orderRef\", \"expression\": \".orderID\" }"));

        stage = FxToolkit.registerPrimaryStage();
        studio = FxToolkit.setupApplication(StudioApplication.class, "--workspace", workspace.toString(),
                "--runtime-data", temp.resolve("runtime").toString(), "--settings",
                temp.resolve("settings.json").toString());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(studio);
        FxToolkit.cleanupStages();
        invoices.stop(0);
    }

    @Test
    void failureOpenInDesignerFixDeployReplayDeliveredSavedAsATestCase() throws Exception {
        Label runtime = robot.lookup("#runtime-status").queryAs(Label.class);
        FxAwait.until("the embedded runtime", () -> runtime.getText().contains("flows on port"), runtime::getText);
        int ingress = Integer.parseInt(runtime.getText().replaceAll(".*flows on port (\\d+).*", "$1"));
        if ("dark".equals(System.getProperty("loop.theme"))) {
            robot.clickOn("#theme-toggle");
        }

        // Deploy version 1 from the flow editor, through its review.
        showFlowTab();
        FxAwait.until("the flow open", () -> robot.lookup("#pipeline-3").tryQuery().isPresent());
        shot("loop-1-flow-editor.png");
        DialogPane review = deployThroughReview();
        assertTrue(headline(review).contains("not deployed on Local"), headline(review));
        confirmDeploy(review);
        awaitStatus("orders version 1 deployed to Local");

        // Two orders fail: the invoice service refuses invoices without their orderRef.
        post(ingress, "ORD-LOOP-1");
        post(ingress, "ORD-LOOP-2");
        robot.clickOn("#perspective-monitor");
        TableView<?> failed = robot.lookup("#failed-messages").queryTableView();
        FxAwait.until("two failed messages", () -> failed.getItems().size() == 2,
                () -> String.valueOf(failed.getItems().size()));
        robot.interact(() -> failed.getSelectionModel().select(0));
        FxAwait.until("the payload shown", () -> !robot.lookup("#open-in-designer").queryButton().isDisabled());
        shot("loop-2-failure.png");

        // Open in designer: the mapping, with the failed payload as the preview's input and no orderRef out.
        robot.clickOn("#open-in-designer");
        StyleClassedTextArea output = robot.lookup("#preview-output").queryAs(StyleClassedTextArea.class);
        FxAwait.until("the failed payload previewed", () -> output.getText().contains("invoiceNumber")
                && output.getText().contains("ORD-LOOP"), output::getText);
        assertTrue(!output.getText().contains("\"orderRef\""), output.getText());
        shot("loop-3-open-in-designer.png");

        // The fix, on the canvas: orderRef reads orderId; the preview shows it.
        robot.clickOn(targetField("orderRef"));
        robot.clickOn("#expression-text").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(".orderId").type(KeyCode.ENTER);
        FxAwait.until("the fixed output", () -> output.getText().contains("\"orderRef\""), output::getText);
        shot("loop-4-fixed.png");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        FxAwait.until("the mapping saved", () -> fileContains(
                "mappings/order-to-invoice.mapping.json", "\"expression\": \".orderId\""));

        // Deploy version 2: the review shows the one changed line of the mapping against version 1.
        showFlowTab();
        review = deployThroughReview();
        assertTrue(headline(review).contains("version 1 running on Local"), headline(review));
        ListView<?> files = (ListView<?>) review.lookup("#deploy-review-files");
        assertTrue(files.getItems().stream().anyMatch(file -> file.toString().contains("order-to-invoice")
                && file.toString().contains("changedLines=1")), files.getItems().toString());
        shot(review.getScene(), "loop-5-deploy-review.png");
        confirmDeploy(review);
        awaitStatus("orders version 2 deployed to Local");

        // Replay the failure group against version 2, from the monitor: both orders are delivered.
        robot.clickOn("#perspective-monitor");
        ListView<?> groups = robot.lookup("#failure-groups").queryListView();
        FxAwait.until("the failure group", () -> !groups.getItems().isEmpty());
        robot.interact(() -> groups.getSelectionModel().select(0));
        robot.clickOn("#replay-group");
        FxAwait.until("the replay question", () -> dialogButton("Replay") != null);
        robot.interact(() -> dialogButton("Replay").fire());
        FxAwait.until("both orders delivered", () -> delivered.containsAll(List.of("ORD-LOOP-1", "ORD-LOOP-2")),
                delivered::toString);
        shot("loop-6-replayed.png");

        // Keep the failed payload and the now-correct output as a test case; switchboard test passes.
        robot.clickOn("#perspective-design");
        robot.interact(() -> robot.lookup("#design-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        robot.clickOn("#preview-save-test-case");
        FxAwait.until("the name asked", () -> robot.lookup(".text-input-dialog").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        Path cases = workspace.resolve("samples/order-to-invoice");
        FxAwait.until("the test case kept", () -> countExpected(cases) == 2, () -> String.valueOf(countExpected(cases)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SwitchboardCli.run(new String[] {"test", workspace.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, exit, out + "\n" + err);

        // Roll back from the monitor's tile to version 1: the tile shows it running.
        robot.clickOn("#perspective-monitor");
        robot.interact(() -> robot.lookup("#tile-versions-orders").queryButton().fire());
        FxAwait.until("the versions", () -> robot.lookup("#versions-table").tryQuery().isPresent());
        TableView<?> versions = robot.lookup("#versions-table").queryTableView();
        assertEquals(2, versions.getItems().size());
        robot.interact(() -> versions.getSelectionModel().select(1));
        shot(versions.getScene(), "loop-7-versions.png");
        robot.interact(() -> robot.lookup("#versions-rollback").queryButton().fire());
        FxAwait.until("version 1 running again", () -> robot.lookup("#tile-orders").tryQuery()
                .map(tile -> ((javafx.scene.Parent) tile).getChildrenUnmodifiable().stream()
                        .anyMatch(node -> node instanceof Label label && label.getText().endsWith("v1")))
                .orElse(false));
    }

    private void showFlowTab() {
        robot.clickOn("#perspective-design");
        robot.interact(() -> robot.lookup("#design-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    }

    private DialogPane deployThroughReview() {
        Button deploy = robot.lookup("#flow-deploy").queryButton();
        FxAwait.until("Deploy enabled", () -> !deploy.isDisabled());
        // Fired rather than clicked: the bar above it may still be laying out as the flow's operation is shown.
        robot.interact(deploy::fire);
        FxAwait.until("the deploy review", () -> robot.lookup("#deploy-dialog").tryQuery().isPresent(),
                () -> robot.lookup("#status").queryAs(Label.class).getText());
        return robot.lookup("#deploy-dialog").queryAs(DialogPane.class);
    }

    private void confirmDeploy(DialogPane review) {
        robot.clickOn(dialogButton("Deploy"));
    }

    /** A button of an open dialog, by its text; null while there is none. */
    private Button dialogButton(String text) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .flatMap(pane -> pane.lookupAll(".button").stream())
                .filter(node -> node instanceof Button button && text.equals(button.getText()))
                .map(Button.class::cast).findFirst().orElse(null);
    }

    private static String headline(DialogPane review) {
        return ((Label) review.lookup("#deploy-review-headline")).getText();
    }

    private void awaitStatus(String text) {
        Label status = robot.lookup("#status").queryAs(Label.class);
        FxAwait.until(text, () -> status.getText().contains(text), status::getText);
    }

    private Node targetField(String name) {
        return robot.lookup("#target-tree-fields .field-cell")
                .match((TreeCell<io.switchboard.flow.schema.FieldNode> cell) -> cell.getItem() != null
                        && cell.getItem().name().equals(name)).query();
    }

    private void post(int port, String orderId) throws Exception {
        ObjectNode order = (ObjectNode) JSON.readTree(EXAMPLE.resolve("samples/order-small.json").toFile());
        order.put("orderId", orderId);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(order.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, answer.statusCode(), answer.body());
    }

    private boolean fileContains(String relative, String text) {
        try {
            return Files.readString(workspace.resolve(relative)).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static long countExpected(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".expected.json")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private void shot(String name) throws Exception {
        shot(stage.getScene(), name);
    }

    private static void shot(Scene scene, String name) throws Exception {
        String folder = System.getProperty("loop.screenshots");
        if (folder != null && !folder.isBlank()) {
            WaitForAsyncUtils.waitForFxEvents(20);
            Screenshots.shot(scene, Path.of(folder), name);
        }
    }
}
