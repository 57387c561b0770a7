package io.switchboard.monitor.failures;

import io.switchboard.icons.StudioIcon;
import io.switchboard.monitor.connection.TimeRange;
import io.switchboard.runtimeclient.wire.FailedMessageSummary;
import io.switchboard.runtimeclient.wire.FailureGroupSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Failure groups (the ServicePulse view: counts first), and beside them the failed messages of the filter, newest
 * first, paged from the runtime. Choosing a group narrows the table to it.
 */
public final class FailuresPane extends SplitPane {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ListView<FailureGroupSummary> groups;
    private final TableView<FailedMessageSummary> table = new TableView<>();

    public FailuresPane(FailuresViewModel viewModel) {
        getStyleClass().add("failures-pane");
        groups = new ListView<>(viewModel.groups());
        groups.setId("failure-groups");
        groups.setPlaceholder(new Label("No failures. Failed messages are grouped here by how they failed."));
        groups.setCellFactory(list -> new GroupCell());
        groups.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null && (viewModel.groupProperty().get() == null
                    || !viewModel.groupProperty().get().id().equals(now.id()))) {
                viewModel.groupProperty().set(now);
                viewModel.reload();
            }
        });
        // Groups are read again as failures come; the chosen one stays chosen in the new list.
        viewModel.groups().addListener((javafx.collections.ListChangeListener<FailureGroupSummary>) change -> {
            FailureGroupSummary chosen = viewModel.groupProperty().get();
            if (chosen != null && groups.getSelectionModel().getSelectedItem() == null) {
                for (int i = 0; i < viewModel.groups().size(); i++) {
                    if (viewModel.groups().get(i).id().equals(chosen.id())) {
                        groups.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        });
        Button allGroups = new Button("All groups");
        allGroups.setId("all-groups");
        allGroups.disableProperty().bind(viewModel.groupProperty().isNull());
        allGroups.setOnAction(event -> {
            groups.getSelectionModel().clearSelection();
            viewModel.groupProperty().set(null);
            viewModel.reload();
        });
        Label groupsTitle = new Label("Failure groups", StudioIcon.GROUP.create(16));
        groupsTitle.getStyleClass().add("pane-title");
        HBox groupsHeader = new HBox(8, groupsTitle, allGroups);
        groupsHeader.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(4, groupsHeader, groups);
        VBox.setVgrow(groups, Priority.ALWAYS);
        left.setPadding(new Insets(4));

        VBox right = new VBox(4, filters(viewModel), table(viewModel), more(viewModel));
        VBox.setVgrow(table, Priority.ALWAYS);
        right.setPadding(new Insets(4));
        getItems().setAll(left, right);
        setDividerPositions(0.32);
    }

    /** The table, for the details and the replay actions to follow its selection. */
    public TableView<FailedMessageSummary> table() {
        return table;
    }


    private static HBox filters(FailuresViewModel viewModel) {
        TextField flow = new TextField();
        flow.setId("filter-flow");
        flow.setPromptText("flow");
        flow.setPrefColumnCount(6);
        flow.textProperty().bindBidirectional(viewModel.flowProperty());
        TextField text = new TextField();
        text.setId("filter-text");
        text.setPromptText("error or payload text");
        text.textProperty().bindBidirectional(viewModel.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        // The text gives way first; the choices and the button keep their size.
        text.setMinWidth(60);
        text.setPrefColumnCount(8);
        ChoiceBox<String> status = new ChoiceBox<>(FXCollections.observableArrayList("failed", "replaying",
                "replayed", "discarded", "any"));
        status.setId("filter-status");
        status.setValue(viewModel.statusProperty().get() == null ? "any" : viewModel.statusProperty().get());
        status.valueProperty().addListener((observable, old, now) -> {
            viewModel.statusProperty().set("any".equals(now) ? null : now);
            viewModel.reload();
        });
        ChoiceBox<TimeRange> range = new ChoiceBox<>(FXCollections.observableArrayList(TimeRange.values()));
        range.setId("filter-range");
        range.valueProperty().bindBidirectional(viewModel.rangeProperty());
        range.setOnAction(event -> viewModel.reload());
        flow.setOnAction(event -> viewModel.reload());
        text.setOnAction(event -> viewModel.reload());
        Button apply = new Button("Filter", StudioIcon.FILTER.create(14));
        apply.setId("filter-apply");
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setOnAction(event -> viewModel.reload());
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(viewModel.problemProperty());
        HBox bar = new HBox(6, flow, text, status, range, apply, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<FailedMessageSummary> table(FailuresViewModel viewModel) {
        table.setId("failed-messages");
        table.setItems(viewModel.messages());
        table.setPlaceholder(new Label("No failed message matches the filter."));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("#", 56, message -> String.valueOf(message.id())));
        table.getColumns().add(column("Failed at", 118, message -> TIME.format(message.failedAt())));
        table.getColumns().add(column("Flow", 70, FailedMessageSummary::flowId));
        table.getColumns().add(column("Tries", 48, message -> String.valueOf(message.attempts())));
        table.getColumns().add(column("Status", 70, message -> message.status().toLowerCase()));
        table.getColumns().add(column("Error", 420, message -> shortType(message.errorType()) + ": "
                + (message.errorMessage() == null ? "" : message.errorMessage())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<FailedMessageSummary, String> column(String title, double width,
                                                                    Function<FailedMessageSummary, String> value) {
        TableColumn<FailedMessageSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // The short columns keep their width; the error takes what is left.
        column.setMinWidth(title.equals("Error") ? 120 : width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static HBox more(FailuresViewModel viewModel) {
        Button more = new Button("Older messages");
        more.setId("load-more");
        more.disableProperty().bind(viewModel.morePagesProperty().not());
        more.setOnAction(event -> viewModel.loadMore());
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> viewModel.messages().size() + " shown"
                + (viewModel.missedProperty().get() > 0 ? " · more arrived than were fetched: reload to see them"
                : ""), viewModel.messages(), viewModel.missedProperty()));
        HBox bar = new HBox(8, more, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    static String shortType(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static final class GroupCell extends ListCell<FailureGroupSummary> {
        private final Label pattern = new Label();
        private final Label where = new Label();
        private final Label counts = new Label();
        private final VBox box = new VBox(2, pattern, where, counts);

        GroupCell() {
            pattern.getStyleClass().add("group-pattern");
            pattern.setWrapText(true);
            where.getStyleClass().add("group-where");
            counts.getStyleClass().add("group-counts");
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(FailureGroupSummary group, boolean empty) {
            super.updateItem(group, empty);
            if (empty || group == null) {
                setGraphic(null);
                return;
            }
            pattern.setText(shortType(group.errorType()) + ": " + group.pattern());
            where.setText(group.flowId() + (group.where().isEmpty() ? "" : " · at " + group.where()));
            counts.setText(group.waiting() + " waiting of " + group.failures() + " · last failed "
                    + TIME.format(group.lastFailedAt()) + (group.lastReplayedAt() == null ? ""
                    : " · last replayed " + TIME.format(group.lastReplayedAt())));
            setGraphic(box);
        }
    }
}
