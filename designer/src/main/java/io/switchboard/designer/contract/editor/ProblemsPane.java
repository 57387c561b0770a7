package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
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

    /**
     * One row's nodes are made once and given each finding in turn: a list of thousands of findings scrolls without
     * building labels and a tooltip (a popup window of its own) for every row it shows.
     */
    private static final class FindingCell extends ListCell<ContractFinding> {

        private final Label severity = new Label();
        private final Label place = new Label();
        private final Label rule = new Label();
        private final Tooltip ruleTip = new Tooltip();
        private final Label message = new Label();
        private final HBox line = new HBox(10, severity, place, rule, message);
        private FindingSeverity shownSeverity;

        FindingCell() {
            severity.getStyleClass().add("finding-severity");
            severity.setMinWidth(70);
            place.getStyleClass().add("finding-place");
            place.setMinWidth(70);
            rule.getStyleClass().add("finding-rule");
            rule.setMinWidth(200);
            rule.setMaxWidth(200);
            rule.setTooltip(ruleTip);
            // The message takes the rest of the row and wraps, rather than being cut at the pane's edge.
            message.getStyleClass().add("finding-message");
            message.setWrapText(true);
            message.setMinWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(message, Priority.ALWAYS);
            line.setMinWidth(0);
            line.setPrefWidth(0);
            setPrefWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(ContractFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setGraphic(null);
                return;
            }
            if (finding.severity() != shownSeverity) {
                if (shownSeverity != null) {
                    severity.getStyleClass().remove("severity-" + shownSeverity.label());
                }
                shownSeverity = finding.severity();
                severity.setText(shownSeverity.label());
                severity.setGraphic(ContractCodeArea.iconOf(shownSeverity).create(13));
                severity.getStyleClass().add("severity-" + shownSeverity.label());
            }
            place.setText(finding.location().toString());
            rule.setText(finding.rule());
            ruleTip.setText(finding.rule());
            message.setText(finding.message());
            setGraphic(line);
        }
    }
}
