package io.switchboard.designer.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The mapping's lookup tables, one at a time: its rows are edited here, and Apply makes the table one edit. */
public final class LookupsViewModel {

    /** One editable row of a table. */
    public static final class Row {
        private final StringProperty key;
        private final StringProperty value;

        Row(String key, String value) {
            this.key = new SimpleStringProperty(key);
            this.value = new SimpleStringProperty(value);
        }

        public StringProperty keyProperty() {
            return key;
        }

        public StringProperty valueProperty() {
            return value;
        }
    }

    private final MappingEditorViewModel editor;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public LookupsViewModel(MappingEditorViewModel editor) {
        this.editor = editor;
        chosen.addListener((observable, old, now) -> showTable(now));
        editor.mappingProperty().addListener((observable, old, now) -> refreshNames());
        refreshNames();
    }

    private void refreshNames() {
        var mapping = editor.mappingProperty().get();
        String current = chosen.get();
        names.setAll(mapping == null ? List.of() : mapping.lookups().keySet());
        if (current != null && names.contains(current)) {
            showTable(current);
        } else if (!names.isEmpty()) {
            chosen.set(names.get(0));
        } else {
            chosen.set(null);
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

    public void addRow() {
        rows.add(new Row("", ""));
    }

    /** Makes the rows (those with a key) the chosen table, as one edit. */
    public void apply() {
        if (chosen.get() == null) {
            return;
        }
        Map<String, String> table = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.key.get().isBlank()).forEach(row -> table.put(row.key.get(), row.value.get()));
        editor.setLookup(chosen.get(), table);
    }

    public ObservableList<String> names() {
        return names;
    }

    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
