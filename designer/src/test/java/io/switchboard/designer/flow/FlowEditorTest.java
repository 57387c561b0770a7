package io.switchboard.designer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.RetryableError;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.fx.task.Tasks;
import io.switchboard.fx.testing.FxAwait;
import io.switchboard.fx.testing.FxThreadTasks;
import io.switchboard.fx.testing.NoFxBlocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The flow editor on a copy of the example workspace: the pipeline, the property sheets, findings, new flows. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class FlowEditorTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    @TempDir
    static Path temp;

    private final FxThreadTasks threads = new FxThreadTasks();
    private final Tasks tasks = threads.tasks();
    private final List<Path> openedMappings = new ArrayList<>();
    private Path workspace;
    private Path flowFile;
    private FlowEditorViewModel editor;

    @Start
    void start(Stage stage) throws IOException {
        workspace = copy(EXAMPLE, temp.resolve("ws-" + System.nanoTime()));
        flowFile = workspace.resolve("flows/orders.flow.json");
        editor = new FlowEditorViewModel(new FlowFiles(new PayloadCodec()), tasks);
        editor.useContracts(List.of(workspace.resolve("contracts/orders.yaml")));
        FlowEditorView view = new FlowEditorView(editor, openedMappings::add);
        stage.setScene(new Scene(view, 1280, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    @Test
    void theExampleFlowIsAPipelineWithoutFindingsAndItsMapStepOpensTheMapping(FxRobot robot) {
        robot.interact(() -> editor.open(flowFile));
        FxAwait.until("the pipeline drawn", () -> robot.lookup("#pipeline-3").tryQuery().isPresent());
        FxAwait.until("the flow checked", () -> !editor.checkingProperty().get() && editor.findings().isEmpty()
                && robot.lookup("#pipeline-3").tryQuery().isPresent(), () -> editor.findings().toString());
        assertTrue(robot.lookup("#pipeline-4").tryQuery().isEmpty(), "source, validate, map, target");
        ComboBox<?> operation = robot.lookup("#flow-operation").queryAs(ComboBox.class);
        FxAwait.until("the implemented operation shown", () -> operation.getValue() != null);
        assertEquals("POST /orders · placeOrder", operation.getValue().toString());

        robot.doubleClickOn("#pipeline-2");
        FxAwait.until("the mapping opened", () -> !openedMappings.isEmpty());
        assertEquals(workspace.resolve("mappings/order-to-invoice.mapping.json"), openedMappings.get(0));
    }

    @Test
    void anEditShowsItsFindingAtItsStepAndUndoTakesItBack(FxRobot robot) {
        robot.interact(() -> editor.open(flowFile));
        FxAwait.until("opened", () -> editor.flowProperty().get() != null);
        robot.clickOn("#pipeline-3");
        PropertySheet sheet = robot.lookup("#flow-step-properties").queryAs(PropertySheet.class);
        FxAwait.until("the target's rows", () -> sheet.getItems().size() == 3);
        PropertySheet.Item url = sheet.getItems().stream().filter(item -> item.getName().equals("URL")).findFirst()
                .orElseThrow();
        robot.interact(() -> url.setValue("file:///etc/passwd"));

        FxAwait.until("a finding at the target", () -> editor.findings().stream()
                .anyMatch(finding -> finding.isError() && "/target/url".equals(finding.pointer())),
                () -> editor.findings().toString());
        FxAwait.until("the card marked", () -> robot.lookup("#pipeline-3").query().getStyleClass()
                .contains("has-findings"));
        ListView<?> findings = robot.lookup("#flow-findings").queryAs(ListView.class);
        robot.interact(() -> editor.selectedProperty().set(0));
        robot.interact(() -> findings.getSelectionModel().select(0));
        assertEquals(3, editor.selectedProperty().get(), "clicking the finding selects its step");

        robot.interact(editor::undo);
        FxAwait.until("no findings after undo", () -> editor.findings().isEmpty());
        assertEquals("http://127.0.0.1:9090/invoices",
                ((FlowTarget.Http) editor.flowProperty().get().target()).url());
        assertFalse(editor.commands().dirtyProperty().get());
    }

    @Test
    void theErrorPolicyIdempotencyAndMaskingAreEditedAndSavedAsTheFileFormat(FxRobot robot) throws Exception {
        robot.interact(() -> editor.open(flowFile));
        FxAwait.until("opened", () -> editor.flowProperty().get() != null);
        PropertySheet policy = robot.lookup("#flow-properties-error-policy").queryAs(PropertySheet.class);
        PropertySheet idempotency = robot.lookup("#flow-properties-idempotency").queryAs(PropertySheet.class);
        FxAwait.until("the rows", () -> !policy.getItems().isEmpty());
        robot.interact(() -> {
            item(policy, "Retry on timeout").setValue(true);
            item(policy, "Attempts").setValue(5.0);
            item(idempotency, "Scope").setValue(FlowProperties.Scope.MESSAGES);
        });
        robot.clickOn("#flow-masking-path").write("/customer/iban").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#flow-save");
        FxAwait.until("saved", () -> !editor.commands().dirtyProperty().get());

        Flow saved = new DefinitionLoader().loadFlow(flowFile).flow();
        assertEquals(5, saved.errorPolicy().maxAttempts());
        assertTrue(saved.errorPolicy().retryOn().contains(RetryableError.TIMEOUT));
        assertTrue(saved.deduplicatesMessages());
        assertEquals("/customer/iban", saved.masking().get(saved.masking().size() - 1).path());
    }

    @Test
    void stepsAreAddedMovedAndRemovedAndAnOperationFillsSourceAndValidation(FxRobot robot) {
        robot.interact(() -> editor.open(flowFile));
        FxAwait.until("opened", () -> editor.flowProperty().get() != null);
        robot.interact(() -> {
            editor.selectedProperty().set(2);
            editor.addStep(new Step.Filter("$[?(@.status != 'X')]"));
            editor.moveSelectedStep(-1);
        });
        List<Step> steps = editor.flowProperty().get().steps();
        assertTrue(steps.get(1) instanceof Step.Filter, steps.toString());
        robot.interact(editor::removeSelectedStep);
        assertEquals(2, editor.flowProperty().get().steps().size());

        robot.interact(() -> editor.edit("Receive elsewhere", flow -> FlowChanges.source(flow,
                new FlowSource.Http("/elsewhere", "PUT"))));
        FxAwait.until("operations known", () -> !editor.operations().isEmpty());
        robot.interact(() -> editor.implement(editor.operations().get(0)));
        FlowSource.Http source = (FlowSource.Http) editor.flowProperty().get().source();
        assertEquals("/orders", source.path());
        assertEquals("POST", source.method());
        Step.Validate validate = (Step.Validate) editor.flowProperty().get().steps().get(0);
        assertEquals("/components/schemas/Order", validate.schema().pointer());
        assertEquals("../contracts/orders.yaml", validate.schema().file());
    }

    @Test
    void aNewFlowFromAnOperationIsAFlowAndMappingThatLoad(FxRobot robot) throws Exception {
        List<List<ContractOperation>> offered = new ArrayList<>();
        robot.interact(() -> editor.operationsFor(workspace, offered::add));
        FxAwait.until("operations offered", () -> !offered.isEmpty());
        ContractOperation placeOrder = offered.get(0).get(0);
        List<Path> created = new ArrayList<>();
        robot.interact(() -> editor.createFromOperation(workspace, "returns", placeOrder,
                workspace.resolve("contracts/orders.yaml"), "/components/schemas/Invoice", created::add));
        FxAwait.until("created and opened", () -> !created.isEmpty() && editor.flowProperty().get() != null
                && "returns".equals(editor.flowProperty().get().id()));
        FxAwait.until("checked", () -> !editor.checkingProperty().get() && editor.fileProperty().get() != null);

        Flow flow = new FlowFiles(new PayloadCodec()).open(workspace.resolve("flows/returns.flow.json"));
        assertEquals(new FlowSource.Http("/orders", "POST"), flow.source());
        // The skeleton maps nothing yet: what is left to do is a finding of the mapping, with its file.
        FxAwait.until("the mapping's findings", () -> editor.findings().stream().anyMatch(finding ->
                finding.file().getFileName().toString().equals("returns.mapping.json")),
                () -> editor.findings().toString());
        assertTrue(Files.isRegularFile(workspace.resolve("mappings/returns.mapping.json")));
        assertTrue(flow.target() instanceof FlowTarget.Log);

        List<Path> again = new ArrayList<>();
        robot.interact(() -> editor.createFromOperation(workspace, "returns", placeOrder,
                workspace.resolve("contracts/orders.yaml"), "/components/schemas/Invoice", again::add));
        FxAwait.until("refused", () -> editor.errorProperty().get().contains("already exists"));
        assertTrue(again.isEmpty());
    }

    private static PropertySheet.Item item(PropertySheet sheet, String name) {
        return sheet.getItems().stream().filter(item -> item.getName().equals(name)).findFirst().orElseThrow();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

}
