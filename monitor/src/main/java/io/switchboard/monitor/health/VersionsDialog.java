package io.switchboard.monitor.health;

import io.switchboard.icons.StudioIcon;
import io.switchboard.runtimeclient.wire.FlowVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A flow's versions in an environment, who deployed each and when; roll back to the one selected. */
public final class VersionsDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private VersionsDialog() {
    }

    /** {@code rollback}: the version chosen to be active again. Does not wait. */
    public static Dialog<ButtonType> show(Window owner, String flowId, String environment, List<FlowVersion> versions,
                                   IntConsumer rollback) {
        TableView<FlowVersion> table = new TableView<>(FXCollections.observableArrayList(versions));
        table.setId("versions-table");
        table.setPlaceholder(new Label(flowId + " was never deployed to " + environment + "."));
        table.getColumns().add(column("Version", version -> "v" + version.version()));
        table.getColumns().add(column("Deployed", version -> WHEN.format(version.deployedAt())));
        table.getColumns().add(column("By", FlowVersion::actor));
        table.getColumns().add(column("", version -> version.active() ? "active" : ""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(560, 300);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Versions of " + flowId + " on " + environment);
        Button back = new Button("Roll back to this version", StudioIcon.ROLLBACK.create(16));
        back.setId("versions-rollback");
        back.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            FlowVersion chosen = table.getSelectionModel().getSelectedItem();
            return chosen == null || chosen.active();
        }, table.getSelectionModel().selectedItemProperty()));
        back.setOnAction(event -> {
            int version = table.getSelectionModel().getSelectedItem().version();
            dialog.close();
            rollback.accept(version);
        });
        dialog.getDialogPane().setId("versions-dialog");
        dialog.getDialogPane().setContent(new VBox(8, table, back));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }

    private static TableColumn<FlowVersion, String> column(String title,
                                                          java.util.function.Function<FlowVersion, String> text) {
        TableColumn<FlowVersion, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(text.apply(row.getValue())));
        return column;
    }
}
