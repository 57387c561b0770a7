package io.switchboard.designer.contract.editor;

import io.switchboard.designer.control.Activation;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Where the chosen component is referenced; a click goes there. */
final class UsagesPane extends VBox {

    UsagesPane(ContractNavigationViewModel viewModel, Consumer<ContractNavigationViewModel.Usage> jump) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(viewModel.usagesTitleProperty());
        ListView<ContractNavigationViewModel.Usage> list = new ListView<>(viewModel.usages());
        list.setId("contract-usages");
        list.setPlaceholder(new Label("Put the caret on a component's name or a $ref and press Shift+F12."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ContractNavigationViewModel.Usage usage, boolean empty) {
                super.updateItem(usage, empty);
                setText(empty || usage == null ? null : usage.location() + "   " + usage.pointer());
            }
        });
        Activation.onOpen(list, list.getSelectionModel()::getSelectedItem, jump);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }
}
