package io.switchboard.designer.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The mapping's lookup tables (key → value), used by the lookup function as {@code get-key($table, key)}. Edit the
 * cells, then Apply: the whole table is one edit.
 */
final class LookupsPane extends VBox {

    private final MappingEditorViewModel editor;
    private final ComboBox<String> names = new ComboBox<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** One editable row of a table. */
    static final class Row {
        final SimpleStringProperty key;
        final SimpleStringProperty value;

        Row(String key, String value) {
            this.key = new SimpleStringProperty(key);
            this.value = new SimpleStringProperty(value);
        }
    }

    LookupsPane(MappingEditorViewModel editor) {
        this.editor = editor;
        setId("lookups-pane");
        getStyleClass().add("suggestions-pane");
        names.setId("lookup-name");
        names.setPromptText("No lookup tables yet: apply the lookup function");
        names.valueProperty().addListener((observable, old, now) -> showTable(now));
        editor.mappingProperty().addListener((observable, old, now) -> refreshNames());
        TableView<Row> table = new TableView<>(rows);
        table.setId("lookup-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Key", row -> row.key));
        table.getColumns().add(column("Value", row -> row.value));
        table.setPlaceholder(new Label("Add rows, type keys and values, then Apply."));
        Button add = new Button("Add row");
        add.setId("lookup-add");
        add.setOnAction(event -> rows.add(new Row("", "")));
        Button apply = new Button("Apply");
        apply.setId("lookup-apply");
        apply.setOnAction(event -> apply());
        HBox controls = new HBox(8, names, add, apply);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(controls, table);
        refreshNames();
    }

    private static TableColumn<Row, String> column(String title,
                                                   java.util.function.Function<Row, SimpleStringProperty> cell) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> cell.apply(data.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(edit -> cell.apply(edit.getRowValue()).set(edit.getNewValue()));
        return column;
    }

    private void refreshNames() {
        var mapping = editor.mappingProperty().get();
        String chosen = names.getValue();
        names.getItems().setAll(mapping == null ? java.util.List.of() : mapping.lookups().keySet());
        if (chosen != null && names.getItems().contains(chosen)) {
            showTable(chosen);
        } else if (!names.getItems().isEmpty()) {
            names.setValue(names.getItems().get(0));
        } else {
            rows.clear();
        }
    }

    private void showTable(String name) {
        var mapping = editor.mappingProperty().get();
        rows.clear();
        if (mapping != null && name != null && mapping.lookups().containsKey(name)) {
            mapping.lookups().get(name).forEach((key, value) -> rows.add(new Row(key, value)));
        }
    }

    private void apply() {
        if (names.getValue() == null) {
            return;
        }
        Map<String, String> table = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.key.get().isBlank()).forEach(row -> table.put(row.key.get(), row.value.get()));
        editor.setLookup(names.getValue(), table);
    }
}
