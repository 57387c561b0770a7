package io.switchboard.designer.contract;


import io.switchboard.designer.contract.review.ReviewView;
import io.switchboard.designer.contract.review.ReviewViewModel;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.fx.task.Tasks;
import io.switchboard.fx.testing.FxAwait;
import io.switchboard.fx.testing.FxThreadTasks;
import io.switchboard.fx.testing.NoFxBlocks;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A review opens both texts at the first change, not at the end of the file. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class ReviewViewTest {

    private final FxThreadTasks threads = new FxThreadTasks();
    private final Tasks tasks = threads.tasks();
    private ReviewViewModel review;
    private CodeArea revisionArea;
    private String base;
    private String revision;
    private Path contract;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            tail.append("    Extra").append(i).append(":\n      type: string\n");
        }
        base = ContractEditorViewModelTest.PETS.replace("      $ref: 'people.yaml#/components/schemas/Person'",
                "      type: string") + tail;
        revision = base.replace("        '200':", "        '201':");
        contract = Files.writeString(Files.createTempDirectory("review").resolve("pets.yaml"), revision);
        warmUp(contract);
        review = new ReviewViewModel(tasks, "ana");
        ReviewView view = new ReviewView(review, tasks);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
        view.applyCss();
        revisionArea = (CodeArea) view.lookup("#review-revision");
    }

    /**
     * The first reviews in a JVM load and compile the classes of its trees and text areas (a quarter of a second,
     * more on a loaded machine whose compiler threads wait for a processor); a few are done here, before the
     * watchdog starts, so that the test measures a review and not class loading and compilation.
     */
    private void warmUp(Path file) {
        for (int round = 0; round < 3; round++) {
            ManualTasks inline = new ManualTasks();
            ReviewViewModel warm = new ReviewViewModel(inline, "warm-up");
            Stage stage = new Stage();
            stage.setScene(new Scene(new ReviewView(warm, inline), 1200, 700));
            // Shown, not only laid out: scroll bars and cells are made for a window that shows them.
            stage.show();
            warm.compare("warm", base, file, revision);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            stage.hide();
        }
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    @Test
    void bothSidesOpenAtTheFirstChange(FxRobot robot) {
        robot.interact(() -> review.compare("pets.yaml@HEAD", base, contract, revision));

        CodeArea revisionText = revisionArea;
        int changedLine = revision.lines().toList().indexOf("        '201':");
        FxAwait.until("the change on screen", () -> revisionText.firstVisibleParToAllParIndex() <= changedLine
                && changedLine <= revisionText.lastVisibleParToAllParIndex());
        FxAwait.until("not at the end of the file",
                () -> revisionText.lastVisibleParToAllParIndex() < revisionText.getParagraphs().size() - 1);
    }
}
