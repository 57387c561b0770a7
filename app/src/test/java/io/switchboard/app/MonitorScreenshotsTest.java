package io.switchboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.app.monitor.MonitorWorkbench;
import io.switchboard.contract.vcs.ContractStability;
import io.switchboard.monitor.kpi.ContractReleases;
import io.switchboard.app.runtime.EmbeddedRuntime;
import io.switchboard.app.shell.MainWindowView;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.shell.Perspective;
import io.switchboard.app.workspace.WorkspaceScanner;
import io.switchboard.fx.task.ExecutorTasks;
import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.LoopbackPorts;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.DeployRequest;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * The README's screenshots of the monitor during an incident, headless: a real runtime whose invoice service
 * answers most orders with 503 and some with 422, orders arriving for a few seconds, the operator looking at one
 * failed message. {@code mvn -Pscreenshots -pl app test}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class MonitorScreenshotsTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService calls = Executors.newFixedThreadPool(3);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger answered = new AtomicInteger();
    private HttpServer target;
    private SwitchboardRuntime runtime;
    private MainWindowViewModel shell;
    private MonitorWorkbench monitor;
    private Scene scene;
    private int ingressPort;

    @Start
    void start(Stage stage) throws Exception {
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            answered.incrementAndGet();
            // By the order's last digit: the invoice service is down for most, rejects some, takes the rest.
            var number = java.util.regex.Pattern.compile("ORD-\\d*(\\d)\"").matcher(body);
            int digit = number.find() ? number.group(1).charAt(0) - '0' : 0;
            int status = digit < 5 ? 503 : digit == 5 ? 422 : 200;
            byte[] answer = (status == 200 ? "{\"accepted\":true}" : status == 422
                    ? "{\"error\":\"VAT number rejected\"}" : "{\"error\":\"invoice service unavailable\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        target.start();
        ingressPort = LoopbackPorts.free();
        runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(Files.createTempDirectory("screens"))
                .withIngressPort(ingressPort).withApiPort(0));
        deploy();

        shell = new MainWindowViewModel(new WorkspaceScanner().scan(ORDERS));
        monitor = new MonitorWorkbench(new ExecutorTasks(calls, timer, Platform::runLater), flow -> { },
                request -> { }, () -> ContractStability.of(ORDERS).stream().map(release ->
                        new ContractReleases.Release(release.contract(), release.name(), release.at(),
                                release.breaking(), release.changes(), release.problem())).toList());
        MainWindowView view = new MainWindowView(shell, Map.of(Perspective.MONITOR, monitor.view()), entry -> { });
        scene = new Scene(view, 1280, 800);
        view.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        shell.open(Perspective.MONITOR);
        shell.showRuntime("Runtime: embedded · API " + runtime.apiUrl());
        monitor.runtime(new EmbeddedRuntime.Status(EmbeddedRuntime.State.RUNNING, "running", runtime.apiUrl(),
                runtime.adminTokenFile()));
    }

    private void deploy() throws Exception {
        ObjectNode flow = (ObjectNode) JSON.readTree(ORDERS.resolve("flows/orders.flow.json").toFile());
        ((ObjectNode) flow.get("target")).put("url", "http://127.0.0.1:" + target.getAddress().getPort()
                + "/invoices");
        ((ObjectNode) flow.get("errorPolicy")).put("backoffMs", 5);
        new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim())
                .deploy("orders", new DeployRequest("flows/orders.flow.json", Map.of(
                        "flows/orders.flow.json", JSON.writeValueAsString(flow),
                        "mappings/order-to-invoice.mapping.json",
                        Files.readString(ORDERS.resolve("mappings/order-to-invoice.mapping.json")),
                        "contracts/orders.yaml", Files.readString(ORDERS.resolve("contracts/orders.yaml")))))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(monitor::close).get(30, TimeUnit.SECONDS);
        runtime.close();
        target.stop(0);
        calls.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void takeTheMonitorScreenshots(FxRobot robot) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectNode order = (ObjectNode) JSON.readTree(ORDERS.resolve("samples/order-small.json").toFile());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        for (int i = 0; System.nanoTime() < end; i++) {
            order.put("orderId", "ORD-" + (4100 + i));
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingressPort + "/orders"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(order.toString())).build(),
                    HttpResponse.BodyHandlers.discarding());
            Thread.sleep(60);
        }
        TableView<FailedMessageSummary> table = robot.lookup("#failed-messages").queryTableView();
        ListView<FailureGroupSummary> groups = robot.lookup("#failure-groups").queryListView();
        Screenshots.awaitTrue(() -> groups.getItems().size() >= 2 && table.getItems().size() > 10);
        robot.interact(() -> table.getSelectionModel().select(2));
        Screenshots.awaitTrue(() -> robot.lookup("#details-payload").queryAs(org.fxmisc.richtext.CodeArea.class).getText()
                .contains("orderId"));
        // A few seconds of history on the chart.
        LineChart<?, ?> chart = robot.lookup("#health-chart").queryAs(LineChart.class);
        Screenshots.awaitTrue(() -> chart.getData().stream().allMatch(series -> series.getData().size() >= 4));
        Screenshots.settle();
        Screenshots.shot(scene, "monitor-incident-light.png");

        robot.interact(shell::toggleTheme);
        Screenshots.settle();
        Screenshots.shot(scene, "monitor-incident-dark.png");

        robot.interact(() -> robot.lookup("#monitor-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(2));
        TableView<?> kpis = robot.lookup("#kpi-flows").queryTableView();
        Screenshots.awaitTrue(() -> !kpis.getItems().isEmpty());
        Screenshots.settle();
        Screenshots.shot(scene, "monitor-kpis-dark.png");
    }
}
