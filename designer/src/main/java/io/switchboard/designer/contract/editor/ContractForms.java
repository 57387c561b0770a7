package io.switchboard.designer.contract.editor;

import io.switchboard.contract.edit.NewOperation;
import io.switchboard.contract.edit.NewProperty;
import io.switchboard.contract.outline.OutlineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The two forms that write a piece of contract: a new operation, a new schema property. */
final class ContractForms {

    private ContractForms() {
    }

    static Optional<NewOperation> askOperation(Window owner) {
        TextField path = field("path", "/pets/{petId}");
        ComboBox<String> method = new ComboBox<>();
        method.getItems().addAll("get", "post", "put", "patch", "delete", "head", "options", "trace");
        method.setValue("get");
        method.setId("form-method");
        TextField summary = field("summary", "Get a pet");
        TextField operationId = field("operationId", "getPet");
        TextField tag = field("tag", "pets");
        TextField status = field("status", "200");
        status.setText("200");
        TextField description = field("response", "The pet");
        Dialog<NewOperation> dialog = dialog(owner, "Add an operation", grid(
                "Path", path, "Method", method, "Summary", summary, "Operation id", operationId, "Tag", tag,
                "Response status", status, "Response description", description));
        dialog.setResultConverter(button -> button == ButtonType.OK ? new NewOperation(path.getText().trim(),
                method.getValue(), summary.getText(), operationId.getText(), tag.getText(), status.getText().trim(),
                description.getText()) : null);
        return dialog.showAndWait();
    }

    static Optional<NewProperty> askProperty(Window owner, List<OutlineEntry> outline) {
        ComboBox<String> schema = new ComboBox<>();
        schema.setId("form-schema");
        schema.getItems().addAll(schemaPointers(outline));
        schema.getSelectionModel().selectFirst();
        TextField name = field("name", "nickname");
        ComboBox<String> type = new ComboBox<>();
        type.setId("form-type");
        type.getItems().addAll("string", "integer", "number", "boolean", "array", "object");
        type.setValue("string");
        TextField format = field("format", "date-time, email, uuid…");
        TextField description = field("description", "What it means");
        CheckBox required = new CheckBox("Required");
        required.setId("form-required");
        Dialog<NewProperty> dialog = dialog(owner, "Add a property to a schema", grid(
                "Schema", schema, "Name", name, "Type", type, "Format", format, "Description", description,
                "", required));
        dialog.setResultConverter(button -> button == ButtonType.OK && schema.getValue() != null
                ? new NewProperty(schema.getValue(), name.getText(), type.getValue(), format.getText(),
                description.getText(), required.isSelected()) : null);
        return dialog.showAndWait();
    }

    private static List<String> schemaPointers(List<OutlineEntry> outline) {
        List<String> pointers = new ArrayList<>();
        for (OutlineEntry section : outline) {
            for (OutlineEntry group : section.children()) {
                if (group.kind() == OutlineEntry.Kind.GROUP && group.label().equals("schemas")) {
                    group.children().forEach(schema -> pointers.add(schema.pointer()));
                }
            }
        }
        return pointers;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId("form-" + id);
        field.setPromptText(prompt);
        return field;
    }

    private static GridPane grid(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.addRow(i / 2, new Label((String) labelsAndFields[i]), (javafx.scene.Node) labelsAndFields[i + 1]);
        }
        return grid;
    }

    private static <T> Dialog<T> dialog(Window owner, String title, GridPane content) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }
}
