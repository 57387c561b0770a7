package io.switchboard.designer.mapping.canvas;

import io.switchboard.designer.mapping.model.MappingFinding;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.validation.Severity;
import io.switchboard.icons.StudioIcon;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One field: name, type, required and array markers, and whether it is mapped, wrong or just changed. */
final class FieldCell extends TreeCell<FieldNode> {

    private static final PseudoClass MAPPED = PseudoClass.getPseudoClass("mapped");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final FieldDecorations decorations;
    private final Label name = new Label();
    private final Label required = new Label("*");
    private final Label type = new Label();
    private final Label marker = new Label();
    private final HBox graphic;
    private final Tooltip tooltip = new Tooltip();

    FieldCell(FieldDecorations decorations) {
        this.decorations = decorations;
        getStyleClass().add("field-cell");
        name.getStyleClass().add("field-name");
        required.getStyleClass().add("field-required");
        type.getStyleClass().add("field-type");
        marker.getStyleClass().add("field-marker");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        graphic = new HBox(4, name, required, spacer, type, marker);
        graphic.getStyleClass().add("field-cell-content");
        decorations.versionProperty().addListener((observable, old, now) -> {
            if (!isEmpty() && getItem() != null) {
                decorate(getItem());
            }
        });
    }

    @Override
    protected void updateItem(FieldNode field, boolean empty) {
        super.updateItem(field, empty);
        if (empty || field == null) {
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(MAPPED, false);
            pseudoClassStateChanged(ERROR, false);
            pseudoClassStateChanged(WARNING, false);
            pseudoClassStateChanged(CHANGED, false);
            return;
        }
        name.setText(field.path().isEmpty() ? "(document)" : field.name() + (field.isArray() ? " [ ]" : ""));
        required.setVisible(field.required() && !field.path().isEmpty());
        type.setText(field.typeLabel());
        decorate(field);
        setGraphic(graphic);
    }

    private void decorate(FieldNode field) {
        MappingFinding finding = decorations.finding(field.path());
        boolean failing = decorations.failing(field.path());
        pseudoClassStateChanged(MAPPED, decorations.mapped(field.path()));
        pseudoClassStateChanged(ERROR, failing || finding != null && finding.severity() == Severity.ERROR);
        pseudoClassStateChanged(WARNING, finding != null && finding.severity() == Severity.WARNING);
        pseudoClassStateChanged(CHANGED, decorations.changed(field.path()));
        marker.setGraphic(finding == null && !failing ? null
                : (finding != null && finding.severity() == Severity.WARNING ? StudioIcon.WARNING : StudioIcon.ERROR)
                        .create(12));
        String tip = field.description() == null ? "" : field.description();
        if (finding != null) {
            tip = finding.message() + (tip.isEmpty() ? "" : "\n" + tip);
        }
        tooltip.setText(tip);
        setTooltip(tip.isEmpty() ? null : tooltip);
    }
}
