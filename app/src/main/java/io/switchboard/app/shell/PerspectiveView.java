package io.switchboard.app.shell;

import io.switchboard.designer.control.Activation;
import io.switchboard.icons.StudioIcon;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One perspective: what it is for and the workspace files it works on, and, where the perspective has one, its
 * workbench beside the list (the mapping editor in Design). Double-clicking a file opens it there.
 */
final class PerspectiveView extends VBox {

    PerspectiveView(Perspective perspective, ObservableList<WorkspaceEntry> entries) {
        this(perspective, entries, null, entry -> { });
    }

    PerspectiveView(Perspective perspective, ObservableList<WorkspaceEntry> entries, Node workbench,
                    Consumer<WorkspaceEntry> open) {
        getStyleClass().add("perspective");
        setId("perspective-view-" + perspective.name().toLowerCase());

        Label title = new Label(perspective.title(), iconOf(perspective).create(28));
        title.getStyleClass().add("perspective-title");
        Label purpose = new Label(perspective.purpose());
        purpose.getStyleClass().add("perspective-purpose");
        purpose.setWrapText(true);

        Label listTitle = new Label("In this workspace");
        listTitle.getStyleClass().add("section-title");
        ListView<WorkspaceEntry> files = new ListView<>(entries);
        files.setId("workspace-files-" + perspective.name().toLowerCase());
        files.getStyleClass().add("workspace-files");
        files.setCellFactory(list -> new EntryCell());
        files.setPlaceholder(new Label("Nothing here yet: " + emptyHint(perspective)));
        VBox.setVgrow(files, Priority.ALWAYS);
        Activation.onDoubleClickOpen(files, files.getSelectionModel()::getSelectedItem, open);

        if (workbench == null) {
            getChildren().addAll(new HBox(title), purpose, listTitle, files);
            return;
        }
        if (perspective == Perspective.MONITOR) {
            // The operator watches the runtime, not the workspace's files: the monitor takes the whole width.
            getStyleClass().add("perspective-with-workbench");
            VBox.setVgrow(workbench, Priority.ALWAYS);
            getChildren().add(workbench);
            return;
        }
        getStyleClass().add("perspective-with-workbench");
        VBox side = new VBox(title, purpose, listTitle, files);
        side.getStyleClass().add("perspective-side");
        VBox.setVgrow(side, Priority.ALWAYS);
        SplitPane split = new SplitPane(side, workbench);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(side, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().add(split);
    }

    static StudioIcon iconOf(Perspective perspective) {
        return switch (perspective) {
            case DESIGN -> StudioIcon.DESIGN;
            case CONTRACTS -> StudioIcon.CONTRACTS;
            case MONITOR -> StudioIcon.MONITOR;
        };
    }

    private static String emptyHint(Perspective perspective) {
        return switch (perspective) {
            case DESIGN -> "add mappings/*.mapping.json or flows/*.flow.json to the workspace.";
            case CONTRACTS -> "add OpenAPI files to contracts/.";
            case MONITOR -> "deployed flows appear here.";
        };
    }

    private static final class EntryCell extends ListCell<WorkspaceEntry> {
        @Override
        protected void updateItem(WorkspaceEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(entry.label() + "    " + entry.path().getParent());
            setGraphic(switch (entry.kind()) {
                case CONTRACT -> StudioIcon.CONTRACT.create(16);
                case MAPPING -> StudioIcon.MAPPING.create(16);
                case FLOW -> StudioIcon.FLOW.create(16);
                case SAMPLE -> StudioIcon.SAMPLE.create(16);
            });
        }
    }
}
