package io.switchboard.app.flows;

import io.switchboard.app.shell.DialogForm;
import io.switchboard.designer.flow.ContractOperation;
import io.switchboard.designer.flow.FlowEditorViewModel;
import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.designer.mapping.files.SchemaChoice;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.fx.task.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * "New flow from operation": choose a contract operation (its request body is the mapping's source), the schema the
 * target receives, and an id; the flow and its mapping skeleton are written and opened.
 */
public final class NewFlowDialog {

    /** A schema of a workspace contract a mapping can target. */
    public record TargetSchema(Path contract, SchemaChoice choice) {
        @Override
        public String toString() {
            return contract.getFileName() + " · " + choice.label();
        }
    }

    private NewFlowDialog() {
    }

    /** Reads the contracts in the background, then asks; {@code created} hears the new flow's file. */
    public static void ask(Window owner, Path workspace, List<Path> contracts, FlowEditorViewModel flow, Tasks tasks,
                           Consumer<Path> created, Consumer<Exception> failed) {
        MappingFiles files = new MappingFiles(new PayloadCodec());
        flow.operationsFor(workspace, operations -> tasks.run(() -> {
            List<TargetSchema> targets = new ArrayList<>();
            for (Path contract : contracts) {
                files.choices(contract).forEach(choice -> targets.add(new TargetSchema(contract, choice)));
            }
            return targets;
        }, targets -> show(owner, workspace, operations, targets, flow, created), failed));
    }

    private static void show(Window owner, Path workspace, List<ContractOperation> operations,
                             List<TargetSchema> targets, FlowEditorViewModel flow, Consumer<Path> created) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New flow from operation");
        dialog.setHeaderText("The flow receives the operation's requests, validates them against its request body "
                + "and maps them to the target's schema.");
        ComboBox<ContractOperation> operation = new ComboBox<>(FXCollections.observableArrayList(operations));
        operation.setId("new-flow-operation");
        operation.setPromptText(operations.isEmpty() ? "no contract operation takes a JSON body" : "choose…");
        ComboBox<TargetSchema> target = new ComboBox<>(FXCollections.observableArrayList(targets));
        target.setId("new-flow-target");
        target.setPromptText("the schema the target receives");
        TextField id = new TextField();
        id.setId("new-flow-id");
        id.setPromptText("returns");
        operation.valueProperty().addListener((observable, old, now) -> {
            if (now != null && (id.getText().isBlank() || old != null && id.getText().equals(idOf(old)))) {
                id.setText(idOf(now));
            }
        });
        Label problem = DialogForm.problem();
        GridPane form = DialogForm.grid();
        form.addRow(0, new Label("Operation"), operation);
        form.addRow(1, new Label("Target schema"), target);
        form.addRow(2, new Label("Flow id"), id);
        form.add(problem, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String why = operation.getValue() == null ? "Choose the operation the flow implements"
                    : target.getValue() == null ? "Choose the schema the target receives"
                    : id.getText().isBlank() ? "Give the flow an id" : null;
            if (why != null) {
                problem.setText(why);
                event.consume();
            }
        });
        dialog.showAndWait().filter(button -> button == create).ifPresent(button -> flow.createFromOperation(
                workspace, id.getText().strip(), operation.getValue(), target.getValue().contract(),
                target.getValue().choice().pointer(), created));
    }

    /** "place-order" for placeOrder; the path's last part when there is no operation id. */
    static String idOf(ContractOperation operation) {
        String base = operation.operationId() != null ? operation.operationId()
                : operation.path().replaceAll(".*/", "");
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
