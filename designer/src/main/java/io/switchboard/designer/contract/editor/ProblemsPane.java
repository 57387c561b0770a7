package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractFinding;
import io.switchboard.designer.control.Activation;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Validation and lint findings with severity, place, rule and message; a click goes to the place. */
final class ProblemsPane extends ListView<ContractFinding> {

    ProblemsPane(ContractEditorViewModel viewModel, Consumer<ContractFinding> jump) {
        super(viewModel.findings());
        setId("contract-problems");
        getStyleClass().add("contract-problems");
        setPlaceholder(new Label("No findings: the contract is valid and passes every rule."));
        setCellFactory(list -> new FindingCell());
        Activation.onOpen(this, getSelectionModel()::getSelectedItem, jump);
    }

    private static final class FindingCell extends ListCell<ContractFinding> {
        @Override
        protected void updateItem(ContractFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label severity = new Label(finding.severity().label(),
                    ContractCodeArea.iconOf(finding.severity()).create(13));
            severity.getStyleClass().addAll("finding-severity", "severity-" + finding.severity().label());
            severity.setMinWidth(70);
            Label place = new Label(finding.location().toString());
            place.getStyleClass().add("finding-place");
            place.setMinWidth(70);
            Label rule = new Label(finding.rule());
            rule.getStyleClass().add("finding-rule");
            rule.setMinWidth(200);
            rule.setMaxWidth(200);
            rule.setTooltip(new Tooltip(finding.rule()));
            // The message takes the rest of the row and wraps, rather than being cut at the pane's edge.
            Label message = new Label(finding.message());
            message.getStyleClass().add("finding-message");
            message.setWrapText(true);
            message.setMinWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox line = new HBox(10, severity, place, rule, message);
            line.setMinWidth(0);
            line.setPrefWidth(0);
            setPrefWidth(0);
            setText(null);
            setGraphic(line);
        }
    }
}
