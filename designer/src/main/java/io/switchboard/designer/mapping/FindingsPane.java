package io.switchboard.designer.mapping;

import io.switchboard.designer.mapping.model.MappingFinding;
import io.switchboard.flow.text.Plural;
import io.switchboard.flow.validation.Severity;
import io.switchboard.icons.StudioIcon;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The mapping's findings, always visible; clicking one selects its target field. */
final class FindingsPane extends VBox {

    FindingsPane(MappingEditorViewModel editor) {
        setId("findings-pane");
        getStyleClass().add("findings-pane");
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = editor.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
            long warnings = editor.findings().size() - errors;
            return "Findings: " + Plural.of(errors, "error") + ", " + Plural.of(warnings, "warning");
        }, editor.findings()));
        ListView<MappingFinding> list = new ListView<>(editor.findings());
        list.setId("findings");
        list.setPlaceholder(new Label("No findings: every required field is mapped and every type fits."));
        list.setCellFactory(view -> new FindingCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                editor.select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    private static final class FindingCell extends ListCell<MappingFinding> {
        @Override
        protected void updateItem(MappingFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().removeAll("finding-error", "finding-warning");
            if (empty || finding == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean error = finding.severity() == Severity.ERROR;
            getStyleClass().add(error ? "finding-error" : "finding-warning");
            setGraphic((error ? StudioIcon.ERROR : StudioIcon.WARNING).create(14));
            setText(finding.fieldLabel() + " — " + finding.message());
        }
    }
}
