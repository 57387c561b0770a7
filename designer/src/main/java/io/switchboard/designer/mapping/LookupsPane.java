package io.switchboard.designer.mapping;

import javafx.beans.property.StringProperty;
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

    LookupsPane(LookupsViewModel viewModel) {
        setId("lookups-pane");
        getStyleClass().add("suggestions-pane");
        ComboBox<String> names = new ComboBox<>(viewModel.names());
        names.setId("lookup-name");
        names.setPromptText("No lookup tables yet: apply the lookup function");
        names.valueProperty().bindBidirectional(viewModel.chosenProperty());
        TableView<LookupsViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("lookup-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Key", LookupsViewModel.Row::keyProperty));
        table.getColumns().add(column("Value", LookupsViewModel.Row::valueProperty));
        table.setPlaceholder(new Label("Add rows, type keys and values, then Apply."));
        Button add = new Button("Add row");
        add.setId("lookup-add");
        add.setOnAction(event -> viewModel.addRow());
        Button apply = new Button("Apply");
        apply.setId("lookup-apply");
        apply.setOnAction(event -> viewModel.apply());
        HBox controls = new HBox(8, names, add, apply);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(controls, table);
    }

    private static TableColumn<LookupsViewModel.Row, String> column(String title,
            java.util.function.Function<LookupsViewModel.Row, StringProperty> cell) {
        TableColumn<LookupsViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> cell.apply(data.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(edit -> cell.apply(edit.getRowValue()).set(edit.getNewValue()));
        return column;
    }
}
