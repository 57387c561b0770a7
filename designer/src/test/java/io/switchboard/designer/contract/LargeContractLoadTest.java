package io.switchboard.designer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.check.ContractLinter;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A large contract goes into the editor a piece at a time, read-only until it is all there. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class LargeContractLoadTest {

    private final FxThreadTasks threads = new FxThreadTasks();
    private final Tasks tasks = threads.tasks();
    private final List<Boolean> editableWhileArriving = new ArrayList<>();
    private Collection<String> firstKeyStyleAsItArrived;
    private String firstLineNumberAsItArrived;
    private ContractEditorViewModel editor;
    private ContractEditorView view;
    private String text;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder yaml = new StringBuilder(ContractEditorViewModelTest.PETS
                .replace("      $ref: 'people.yaml#/components/schemas/Person'", "      type: string"));
        for (int i = 0; i < 4_000; i++) {
            yaml.append("    Extra").append(i).append(":\n      type: object\n      description: number ").append(i)
                    .append('\n');
        }
        text = yaml.toString();
        Path file = Files.writeString(Files.createTempDirectory("large-contract").resolve("big.yaml"), text);
        editor = new ContractEditorViewModel(new ContractAnalyzer(path -> ContractLinter.recommended()), tasks,
                Duration.ofMillis(60));
        view = new ContractEditorView(editor, tasks, ContractEditorView.Comparisons.NONE);
        CodeArea area = view.code().area();
        area.plainTextChanges().subscribe(change -> editableWhileArriving.add(area.isEditable()));
        area.richChanges().filter(change -> change.getInserted().length() > 0 && firstKeyStyleAsItArrived == null)
                .subscribe(change -> {
                    firstKeyStyleAsItArrived = change.getInserted().getParagraphs().get(0).getStyleOfChar(0);
                    HBox gutter = (HBox) area.getParagraphGraphicFactory().apply(0);
                    firstLineNumberAsItArrived = ((Text) gutter.getChildren().get(0)).getText();
                });
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        editor.open(file);
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    @Test
    void theTextArrivesInPiecesAndCanBeEditedOnceItIsAllThere(FxRobot robot) {
        FxAwait.until("the whole text", () -> view.code().loaded() && view.code().area().getLength() > 0);

        assertEquals(text, view.code().area().getText());
        assertTrue(editableWhileArriving.size() > 2, "pieces: " + editableWhileArriving.size());
        assertFalse(editableWhileArriving.contains(true), "read-only while arriving");
        assertTrue(view.code().area().isEditable());
        assertFalse(editor.dirtyProperty().get(), "loading is not an edit");
    }

    @Test
    void theFirstScreenArrivesColouredWithTheGutterAsWideAsTheLastLineNeeds(FxRobot robot) {
        FxAwait.until("the whole text", () -> view.code().loaded() && view.code().area().getLength() > 0);

        // Laid out once, in colour, rather than plain and then again when the colours come.
        assertEquals(List.of("sb-key"), List.copyOf(firstKeyStyleAsItArrived));
        int lines = view.code().area().getParagraphs().size();
        assertEquals(String.valueOf(lines).length(), firstLineNumberAsItArrived.length(),
                "'" + firstLineNumberAsItArrived + "' for " + lines + " lines");
        assertEquals("1", firstLineNumberAsItArrived.strip());
    }
}
