package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.mapping.preview.PreviewComputation;
import io.switchboard.designer.mapping.preview.PreviewViewModel;
import io.switchboard.fx.task.ManualTasks;
import io.switchboard.fx.testing.NoFxBlocks;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview marks the fields the last edit changed, and only those: the next edit takes the old marks off. */
@ExtendWith({ApplicationExtension.class, NoFxBlocks.class})
class PreviewPaneTest {

    private final ManualTasks tasks = new ManualTasks();
    private final SimpleObjectProperty<Mapping> mapping = new SimpleObjectProperty<>(mapping("\"a\"", "\"b\""));
    private PreviewViewModel preview;
    private PreviewPane pane;

    private static Mapping mapping(String first, String second) {
        return new Mapping(1, "m", null, null, null, null, null,
                List.of(FieldRule.leaf("first", first), FieldRule.leaf("second", second)));
    }

    @Start
    void start(Stage stage) {
        preview = new PreviewViewModel(mapping, new PreviewComputation(new MappingEngine()), new PayloadCodec(), tasks,
                Duration.ZERO);
        pane = new PreviewPane(preview, FXCollections.observableArrayList(), () -> null);
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    private boolean marked(String field) {
        var output = pane.output();
        for (int line = 0; line < output.getParagraphs().size(); line++) {
            if (output.getParagraph(line).getText().contains("\"" + field + "\"")) {
                return output.getParagraph(line).getParagraphStyle().contains("preview-changed");
            }
        }
        throw new AssertionError(field + " is not shown");
    }

    @Test
    void theNextEditTakesTheChangedMarkOffTheFieldsItDidNotChange(FxRobot robot) {
        robot.interact(() -> preview.inputProperty().set("{}"));
        robot.interact(() -> mapping.set(mapping("\"A\"", "\"b\"")));
        assertTrue(marked("first"));
        assertEquals(false, marked("second"));

        robot.interact(() -> mapping.set(mapping("\"A\"", "\"B\"")));

        assertEquals(false, marked("first"), "the mark of the edit before is gone");
        assertTrue(marked("second"));
    }
}
