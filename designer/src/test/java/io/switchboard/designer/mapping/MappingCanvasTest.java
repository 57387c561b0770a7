package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.command.CommandManager;
import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.designer.mapping.preview.PreviewComputation;
import io.switchboard.designer.mapping.preview.PreviewResult;
import io.switchboard.designer.mapping.preview.PreviewViewModel;
import io.switchboard.fx.task.Tasks;
import io.switchboard.fx.testing.FxAwait;
import io.switchboard.fx.testing.FxThreadTasks;
import io.switchboard.fx.testing.NoFxBlocks;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.FieldNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real canvas headless: drags, the palette, undo and the keyboard, and watches lines and preview. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class MappingCanvasTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    private final FxThreadTasks threads = new FxThreadTasks();
    private final Tasks tasks = threads.tasks();
    private MappingEditorViewModel editor;
    private PreviewViewModel preview;
    private MappingEditorView view;

    @Start
    void start(Stage stage) throws Exception {
        editor = new MappingEditorViewModel(new CommandManager(), tasks);
        MappingFiles files = new MappingFiles(new PayloadCodec());
        MappingDocumentViewModel document = new MappingDocumentViewModel(editor, files, tasks);
        preview = new PreviewViewModel(editor.mappingProperty(), new PreviewComputation(new MappingEngine()),
                new PayloadCodec(), tasks, Duration.ZERO);
        Path mappingFile = ORDERS.resolve("mappings").resolve("new.mapping.json");
        SchemaRef order = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Order");
        SchemaRef invoice = SchemaRef.of("../contracts/orders.yaml", "/components/schemas/Invoice");
        FieldNode source = files.side(mappingFile, order, new io.switchboard.flow.schema.SchemaResolver()).tree();
        FieldNode target = files.side(mappingFile, invoice, new io.switchboard.flow.schema.SchemaResolver()).tree();
        editor.open(new Mapping(1, "new", null, order, invoice, null, null, null), source, target);
        view = new MappingEditorView(document, preview, MappingDetails.of(editor, tasks),
                FXCollections.observableArrayList(),
                FXCollections.observableArrayList(ORDERS.resolve("samples/order-small.json")));
        preview.inputProperty().set(Files.readString(ORDERS.resolve("samples/order-small.json")));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    private Node cell(String treeId, String name) {
        return new FxRobot().lookup("#" + treeId + "-fields .field-cell")
                .match((TreeCell<FieldNode> c) -> c.getItem() != null && c.getItem().name().equals(name))
                .query();
    }

    private String previewed(String field) {
        PreviewResult result = preview.resultProperty().get();
        return result == null || result.output() == null || !result.output().has(field) ? null
                : result.output().get(field).asText();
    }

    @Test
    void draggingAFieldOntoAFieldDrawsALineAndChangesThePreview(FxRobot robot) throws Exception {
        FxAwait.until("the first preview", () -> preview.resultProperty().get() != null);
        assertEquals(0, view.lineLayer().drawnLines());

        robot.drag(cell("source-tree", "orderId")).dropTo(cell("target-tree", "orderRef"));

        assertEquals(".orderId", editor.expressionOf(List.of("orderRef")).orElseThrow());
        FxAwait.until("one line", () -> view.lineLayer().drawnLines() == 1);
        FxAwait.until("the preview shows the order id", () -> "ORD-2024-548985".equals(previewed("orderRef")));
        assertTrue(preview.resultProperty().get().changed().contains(List.of("orderRef")));
    }

    @Test
    void draggingAnArrayOntoAnArrayMapsItItemByItem(FxRobot robot) throws Exception {
        robot.drag(cell("source-tree", "items")).dropTo(cell("target-tree", "lines"));

        assertEquals(".items", editor.forEachOf(List.of("lines")).orElseThrow());
        FxAwait.until("one line", () -> view.lineLayer().drawnLines() == 1);
        FxAwait.until("as many lines as items", () -> preview.resultProperty().get() != null
                && preview.resultProperty().get().output() != null
                && preview.resultProperty().get().output().path("lines").size() == 7);
    }

    @Test
    void aPaletteFunctionWrapsTheSelectedFieldAndUndoRemovesIt(FxRobot robot) throws Exception {
        robot.drag(cell("source-tree", "currency")).dropTo(cell("target-tree", "currency"));
        robot.clickOn(cell("target-tree", "currency"));
        robot.clickOn("#function-upper");

        assertEquals("uppercase(.currency)", editor.expressionOf(List.of("currency")).orElseThrow());
        FxAwait.until("a function node", () -> view.lineLayer().functionNodes().contains("uppercase"));
        FxAwait.until("the preview in upper case", () -> "EUR".equals(previewed("currency")));

        robot.clickOn(cell("target-tree", "currency"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(".currency", editor.expressionOf(List.of("currency")).orElseThrow());
        FxAwait.until("no function node", () -> view.lineLayer().functionNodes().isEmpty());
        FxAwait.until("the preview as the source", () -> "eur".equals(previewed("currency")));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("uppercase(.currency)", editor.expressionOf(List.of("currency")).orElseThrow());
    }

    @Test
    void aFunctionDraggedOntoATargetFieldAppliesToIt(FxRobot robot) throws Exception {
        robot.drag(cell("source-tree", "orderId")).dropTo(cell("target-tree", "invoiceNumber"));
        robot.drag("#function-lower").dropTo(cell("target-tree", "invoiceNumber"));
        assertEquals("lowercase(.orderId)", editor.expressionOf(List.of("invoiceNumber")).orElseThrow());
    }

    @Test
    void everythingCanBeMappedFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn(cell("source-tree", "channel"));
        robot.type(KeyCode.UP, KeyCode.UP);
        assertEquals(List.of("orderId"), editor.selectedSourceProperty().get().path());

        robot.clickOn(cell("target-tree", "invoiceNumber"));
        robot.type(KeyCode.DOWN);
        assertEquals(List.of("orderRef"), editor.selectedTargetProperty().get().path());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertEquals(".orderId", editor.expressionOf(List.of("orderRef")).orElseThrow());
        FxAwait.until("one line", () -> view.lineLayer().drawnLines() == 1);

        robot.type(KeyCode.DELETE);
        assertTrue(editor.expressionOf(List.of("orderRef")).isEmpty());
        FxAwait.until("no line", () -> view.lineLayer().drawnLines() == 0);
    }

    @Test
    void connectingOntoAMappedFieldAsksToReplaceOrCombine(FxRobot robot) {
        robot.clickOn(cell("source-tree", "orderId"));
        robot.clickOn(cell("target-tree", "invoiceNumber"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertEquals(".orderId", editor.expressionOf(List.of("invoiceNumber")).orElseThrow());

        // The target stays selected; the last pointer position is over the source tree, far from it.
        robot.clickOn(cell("source-tree", "channel"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxAwait.until("the question", () -> robot.lookup("#drop-combine").tryQuery().isPresent());
        javafx.scene.Node targetTree = robot.lookup("#target-tree").query();
        javafx.geometry.Bounds tree = targetTree.localToScreen(targetTree.getBoundsInLocal());
        javafx.geometry.Bounds menu = robot.lookup("#drop-combine").query().localToScreen(
                robot.lookup("#drop-combine").query().getBoundsInLocal());
        assertTrue(tree.contains(menu.getMinX(), menu.getMinY()), "the question opens over the target tree: " + menu);
        robot.clickOn("#drop-combine");

        String combined = editor.expressionOf(List.of("invoiceNumber")).orElseThrow();
        assertTrue(combined.contains(".orderId") && combined.contains(".channel"), combined);
    }

    @Test
    void typingAnExpressionRedrawsTheLinesAndMarksAnError(FxRobot robot) throws Exception {
        robot.clickOn(cell("target-tree", "invoiceNumber"));
        robot.clickOn("#expression-text").write("\"INV-\" + .orderId").type(KeyCode.ENTER);
        assertEquals("\"INV-\" + .orderId", editor.expressionOf(List.of("invoiceNumber")).orElseThrow());
        FxAwait.until("a line through a node", () -> view.lineLayer().drawnLines() == 1
                && view.lineLayer().functionNodes().contains("+"));

        robot.clickOn("#expression-text").write(" +");
        FxAwait.until("the problem is shown", () -> !robot.lookup("#expression-problem")
                .queryLabeled().getText().isEmpty());
    }

    @Test
    void clickingAFindingSelectsItsField(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#findings .list-cell").nth(0).queryAs(Node.class));
        FieldNode selected = editor.selectedTargetProperty().get();
        assertEquals(List.of("invoiceNumber"), selected.path());
        assertEquals(selected, view.targetTree().tree().getSelectionModel().getSelectedItem().getValue());
    }
}
