package io.switchboard.designer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.fx.task.ManualTasks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panes beside the canvas, without a screen: the expression and the lookup tables. */
class DetailsViewModelsTest {

    private final OrdersFixture fixture = new OrdersFixture();
    private final MappingEditorViewModel editor = fixture.editor;
    private final MappingDetails details = MappingDetails.of(editor, new ManualTasks());

    DetailsViewModelsTest() throws Exception {
    }

    @Test
    void theExpressionIsShownCheckedAndAppliedAsOneEdit() {
        ExpressionViewModel expression = details.expression();
        assertFalse(expression.editableProperty().get());

        editor.selectedTargetProperty().set(fixture.target("orderRef"));
        assertTrue(expression.editableProperty().get());
        assertEquals("Expression for orderRef (string)", expression.titleProperty().get());

        expression.textProperty().set(".orderId +");
        assertTrue(expression.problemProperty().get().startsWith("Line 1, column"), expression.problemProperty().get());
        assertEquals(".orderId +", expression.checkProperty().get().text());

        expression.textProperty().set("$nowhere");
        assertTrue(expression.problemProperty().get().contains("unknown variable $nowhere"));

        expression.textProperty().set(".orderId");
        assertEquals("", expression.problemProperty().get());
        expression.apply();
        assertEquals(".orderId", editor.expressionOf(List.of("orderRef")).orElseThrow());
        editor.undo();
        assertTrue(editor.expressionOf(List.of("orderRef")).isEmpty());
        assertEquals("", expression.textProperty().get(), "the text follows the mapping");
    }

    @Test
    void aLookupTableIsEditedInRowsAndAppliedAsOneEdit() {
        LookupsViewModel lookups = details.lookups();
        assertEquals(List.of(), lookups.names());

        editor.setLookup("countries", Map.of("DE", "Germany"));
        assertEquals(List.of("countries"), lookups.names());
        assertEquals("countries", lookups.chosenProperty().get());
        assertEquals(1, lookups.rows().size());

        lookups.addRow();
        lookups.rows().get(1).keyProperty().set("AT");
        lookups.rows().get(1).valueProperty().set("Austria");
        lookups.apply();

        assertEquals("Austria", editor.mappingProperty().get().lookups().get("countries").get("AT"));
        editor.undo();
        assertEquals(1, lookups.rows().size(), "undo brings the table back");
    }

    @Test
    void zoomIsStateOfTheViewModelAndStaysWithinBounds() {
        editor.zoomIn();
        assertEquals(1.15, editor.zoomProperty().get(), 1e-9);
        for (int i = 0; i < 20; i++) {
            editor.zoomIn();
        }
        assertEquals(2.5, editor.zoomProperty().get(), 1e-9);
        editor.zoomTo(0.1);
        assertEquals(0.6, editor.zoomProperty().get(), 1e-9);
    }
}
