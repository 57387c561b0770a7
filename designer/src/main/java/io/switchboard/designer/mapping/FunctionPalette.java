package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.canvas.DragGesture;
import io.switchboard.designer.mapping.canvas.FieldTreeView;
import io.switchboard.designer.mapping.canvas.LineLayer;
import io.switchboard.icons.StudioIcon;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The functions, as buttons: click one to put it on the selected target field, or drag it onto a target field.
 * What it produces is expression text, shown in the expression editor.
 */
final class FunctionPalette extends FlowPane {

    FunctionPalette(MappingEditorViewModel editor, LineLayer layer, FieldTreeView targets) {
        super(6, 6);
        setId("function-palette");
        getStyleClass().add("function-palette");
        Label title = new Label("Functions", StudioIcon.FUNCTION.create(16));
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        for (MappingFunction function : MappingFunction.values()) {
            Button button = new Button(function.label());
            button.setId("function-" + function.name().toLowerCase().replace('_', '-'));
            button.getStyleClass().add("function-button");
            button.setTooltip(new Tooltip(function.description()
                    + "\nClick: apply to the selected target field. Drag: onto a target field."));
            button.setOnAction(event -> {
                if (editor.selectedTargetProperty().get() != null) {
                    editor.applyFunction(function, editor.selectedTargetProperty().get());
                }
            });
            DragGesture.install(button, layer, targets, () -> target -> {
                editor.selectedTargetProperty().set(target);
                editor.applyFunction(function, target);
            });
            getChildren().add(button);
        }
    }
}
