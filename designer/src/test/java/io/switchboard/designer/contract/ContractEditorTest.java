package io.switchboard.designer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.designer.contract.editor.ContractAnalyzer;
import io.switchboard.designer.contract.editor.ContractEditorView;
import io.switchboard.designer.contract.editor.ContractEditorViewModel;
import io.switchboard.fx.task.Tasks;
import io.switchboard.fx.testing.FxAwait;
import io.switchboard.fx.testing.FxThreadTasks;
import io.switchboard.fx.testing.NoFxBlocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real contract editor, headless: open, type, see a finding at its line, jump to a $ref, click the outline. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class ContractEditorTest {

    private final FxThreadTasks threads = new FxThreadTasks();
    private final Tasks tasks = threads.tasks();
    private ContractEditorViewModel editor;
    private ContractEditorView view;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("contract-editor");
        file = Files.writeString(folder.resolve("pets.yaml"), ContractEditorViewModelTest.PETS
                .replace("      $ref: 'people.yaml#/components/schemas/Person'", "      type: string"));
        editor = new ContractEditorViewModel(new ContractAnalyzer(path -> ContractLinter.recommended()), tasks,
                Duration.ofMillis(60));
        view = new ContractEditorView(editor, tasks, ContractEditorView.Comparisons.NONE);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        editor.open(file);
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#contract-text").queryAs(CodeArea.class);
    }

    private int caretLine(FxRobot robot) {
        return area(robot).getCurrentParagraph() + 1;
    }

    @Test
    void openingShowsTheTextColouredAndTheFindingInTheProblemsAtItsLine(FxRobot robot) throws Exception {
        FxAwait.until("the text", () -> area(robot).getText().startsWith("openapi: 3.0.3"));
        FxAwait.until("the findings", () -> !editor.findings().isEmpty());
        ListView<ContractFinding> problems = robot.lookup("#contract-problems").queryListView();
        ContractFinding contact = problems.getItems().stream().filter(f -> f.rule().equals("info-contact"))
                .findFirst().orElseThrow();
        assertEquals(2, contact.location().line());
        FxAwait.until("colours on the key of line 1", () -> area(robot).getStyleOfChar(0, 2).contains("sb-key"));
        FxAwait.until("colours on the $ref of line 15", () -> area(robot).getStyleOfChar(14, 18).contains("sb-ref"));

        robot.interact(() -> problems.getSelectionModel().select(contact));
        robot.clickOn(robot.lookup("#contract-problems .list-cell").nth(problems.getItems().indexOf(contact))
                .queryAs(javafx.scene.Node.class));
        FxAwait.until("the caret on the finding's line", () -> caretLine(robot) == 2);
    }

    @Test
    void typingABadFieldShowsAFindingAtTheLineTyped(FxRobot robot) throws Exception {
        FxAwait.until("the first check", () -> editor.analysisProperty().get() != null);
        robot.interact(() -> area(robot).moveTo(4, 0));
        robot.clickOn(area(robot));
        robot.interact(() -> area(robot).moveTo(4, 0));
        robot.write("bogus: 1\n");

        FxAwait.until("the finding of the typed line", () -> editor.findings().stream().anyMatch(finding ->
                finding.message().equals("'bogus' is unexpected") && finding.location().line() == 5));
        assertEquals("pets.yaml •", editor.titleBinding().get());

        // The undo manager merges keystrokes typed without a pause into one edit; on a busy machine the robot's
        // keystrokes can arrive with pauses between them, so it may take one undo per keystroke, never more.
        String typed = "bogus: 1\n";
        for (int undo = 0; undo < typed.length() && area(robot).getText().contains("bogus"); undo++) {
            robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        FxAwait.until("undo takes the typing back", () -> !area(robot).getText().contains("bogus"));
    }

    @Test
    void f12OnARefJumpsToItsDefinition(FxRobot robot) throws Exception {
        FxAwait.until("the first check", () -> editor.analysisProperty().get() != null);
        robot.clickOn(area(robot));
        robot.interact(() -> area(robot).moveTo(14, 18));
        robot.type(KeyCode.F12);

        FxAwait.until("the caret on Pet's definition", () -> caretLine(robot) == 18);
    }

    @Test
    void clickingAnOutlineEntryGoesToItsLine(FxRobot robot) throws Exception {
        FxAwait.until("the outline", () -> robot.lookup("#contract-outline .tree-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof TreeCell<?> tree && tree.getItem() instanceof OutlineEntry entry
                        && entry.label().equals("Pet")));
        javafx.scene.Node pet = robot.lookup("#contract-outline .tree-cell").queryAll().stream()
                .filter(cell -> cell instanceof TreeCell<?> tree && tree.getItem() instanceof OutlineEntry entry
                        && entry.label().equals("Pet")).findFirst().orElseThrow();
        robot.clickOn(pet);

        FxAwait.until("the caret on Pet", () -> caretLine(robot) == 18);
    }
}
