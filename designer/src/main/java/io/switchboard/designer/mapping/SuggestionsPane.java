package io.switchboard.designer.mapping;

import io.switchboard.designer.control.Activation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Suggest mappings": proposals with their confidence. Accept all at or above the threshold, or one at a time by
 * double-click. Nothing is mapped until accepted.
 */
final class SuggestionsPane extends VBox {

    private final SuggestionsViewModel viewModel;
    private final Slider threshold = new Slider(0.5, 1.0, 0.8);

    SuggestionsPane(SuggestionsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("suggestions-pane");
        getStyleClass().add("suggestions-pane");
        ListView<MappingSuggestion> list = new ListView<>(viewModel.suggestions());
        list.setId("suggestions");
        list.setPlaceholder(new Label("Press \"Suggest mappings\" to get proposals for the unmapped target fields."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(MappingSuggestion suggestion, boolean empty) {
                super.updateItem(suggestion, empty);
                setText(empty || suggestion == null ? null : String.format("%3.0f%%  %s → %s",
                        suggestion.confidence() * 100, String.join(".", suggestion.source().path()),
                        String.join(".", suggestion.target().path())));
            }
        });
        Activation.onDoubleClickOpen(list, list.getSelectionModel()::getSelectedItem,
                chosen -> viewModel.accept(java.util.List.of(chosen), 0));
        threshold.setId("suggestion-threshold");
        threshold.setShowTickLabels(true);
        threshold.setMajorTickUnit(0.1);
        Label value = new Label();
        value.textProperty().bind(threshold.valueProperty().multiply(100).asString("at or above %.0f%%"));
        Button accept = new Button("Accept");
        accept.setId("suggestions-accept");
        accept.setOnAction(event -> {
            viewModel.accept(viewModel.suggestions(), threshold.getValue());
        });
        Button stop = new Button("Stop");
        stop.setId("suggestions-stop");
        stop.visibleProperty().bind(viewModel.busyProperty());
        stop.managedProperty().bind(viewModel.busyProperty());
        stop.setOnAction(event -> viewModel.cancel());
        Label progress = new Label();
        progress.setId("suggestions-status");
        progress.textProperty().bind(viewModel.statusProperty());
        HBox controls = new HBox(8, accept, stop, value, threshold, progress);
        HBox.setHgrow(threshold, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(controls, list);
    }

    void refresh() {
        viewModel.refresh();
    }
}
