package io.switchboard.monitor.audit;

import io.switchboard.icons.StudioIcon;
import io.switchboard.monitor.connection.TimeRange;
import io.switchboard.runtimeclient.wire.AuditRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/** The audit log as a table with its filters; read again each time it is shown and on request. */
public final class AuditPane extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public AuditPane(AuditViewModel viewModel) {
        super(4);
        setId("audit");
        getStyleClass().add("audit-pane");
        setPadding(new Insets(4));
        TableView<AuditRecord> table = table(viewModel);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(filters(viewModel), table, more(viewModel));
    }

    private static HBox filters(AuditViewModel viewModel) {
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.setPromptText("actor");
        actor.setPrefColumnCount(8);
        actor.textProperty().bindBidirectional(viewModel.actorProperty());
        CheckComboBox<String> action = new CheckComboBox<>(FXCollections.observableArrayList(AuditViewModel.ACTIONS));
        action.setId("audit-action");
        action.setTitle("all actions");
        action.setShowCheckedCount(true);
        action.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            viewModel.actions().setAll(action.getCheckModel().getCheckedItems());
            viewModel.reload();
        });
        TextField flow = new TextField();
        flow.setId("audit-flow");
        flow.setPromptText("flow");
        flow.setPrefColumnCount(8);
        flow.textProperty().bindBidirectional(viewModel.flowProperty());
        ChoiceBox<TimeRange> range = new ChoiceBox<>(FXCollections.observableArrayList(TimeRange.values()));
        range.setId("audit-range");
        range.valueProperty().bindBidirectional(viewModel.rangeProperty());
        Button apply = new Button("Filter", StudioIcon.FILTER.create(14));
        apply.setId("audit-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(event -> viewModel.reload());
        actor.setOnAction(event -> viewModel.reload());
        flow.setOnAction(event -> viewModel.reload());
        range.setOnAction(event -> viewModel.reload());
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(viewModel.problemProperty());
        Label title = new Label("Audit", StudioIcon.AUDIT.create(16));
        title.getStyleClass().add("pane-title");
        HBox bar = new HBox(6, title, actor, action, flow, range, apply, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static TableView<AuditRecord> table(AuditViewModel viewModel) {
        TableView<AuditRecord> table = new TableView<>(viewModel.entries());
        table.setId("audit-entries");
        table.setPlaceholder(new Label("Nothing in the audit log matches the filter."));
        table.getColumns().add(column("When", 140, entry -> TIME.format(entry.at())));
        table.getColumns().add(column("Actor", 90, entry -> entry.actor() + " (" + entry.role() + ")"));
        table.getColumns().add(column("Action", 90, AuditRecord::action));
        table.getColumns().add(column("Flow", 80, entry -> entry.flowId() == null ? "" : entry.flowId()
                + (entry.flowVersion() == null ? "" : " v" + entry.flowVersion())));
        table.getColumns().add(column("On", 70, entry -> entry.targetId() == null ? "" : entry.targetId()));
        TableColumn<AuditRecord, String> detail = column("Detail", 420, entry -> entry.detail() == null ? ""
                : entry.detail());
        detail.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // A reason or an edit is often longer than the column: the whole of it on hover.
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(detail);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<AuditRecord, String> column(String title, double width,
                                                           Function<AuditRecord, String> value) {
        TableColumn<AuditRecord, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(title.equals("Detail") ? 120 : width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static HBox more(AuditViewModel viewModel) {
        Button more = new Button("Older entries");
        more.setId("audit-more");
        more.disableProperty().bind(viewModel.morePagesProperty().not());
        more.setOnAction(event -> viewModel.loadMore());
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> viewModel.entries().size() + " shown",
                viewModel.entries()));
        HBox bar = new HBox(8, more, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
