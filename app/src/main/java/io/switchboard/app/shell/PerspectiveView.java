package io.switchboard.app.shell;

import io.switchboard.designer.control.Activation;
import io.switchboard.icons.StudioIcon;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.collections.ObservableMap;
import io.switchboard.app.workspace.FileState;
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
        this(perspective, entries, javafx.collections.FXCollections.observableHashMap(), null, entry -> { });
    }

    PerspectiveView(Perspective perspective, ObservableList<WorkspaceEntry> entries,
                    ObservableMap<java.nio.file.Path, FileState> states, Node workbench,
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
        TreeView<Object> files = new TreeView<>(new TreeItem<>("workspace"));
        files.setShowRoot(false);
        files.setId("workspace-files-" + perspective.name().toLowerCase());
        files.getStyleClass().add("workspace-files");
        files.setCellFactory(tree -> new EntryCell(states));
        Runnable fill = () -> files.getRoot().getChildren().setAll(groups(entries));
        entries.addListener((javafx.collections.ListChangeListener<WorkspaceEntry>) change -> fill.run());
        fill.run();
        // A state changed: the cells show it (the tree's items stay, so selection and scrolling do too).
        states.addListener((javafx.collections.MapChangeListener<java.nio.file.Path, FileState>) change ->
                files.refresh());
        Label empty = new Label("Nothing here yet: " + emptyHint(perspective));
        empty.setWrapText(true);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(entries));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox.setVgrow(files, Priority.ALWAYS);
        Activation.onDoubleClickOpen(files, () -> {
            TreeItem<Object> chosen = files.getSelectionModel().getSelectedItem();
            return chosen != null && chosen.getValue() instanceof WorkspaceEntry entry ? entry : null;
        }, entry -> {
            if (entry != null) {
                open.accept(entry);
            }
        });

        if (workbench == null) {
            getChildren().addAll(new HBox(title), purpose, listTitle, empty, files);
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
        VBox side = new VBox(title, purpose, listTitle, empty, files);
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

    /** The files grouped by their folder, each group open. */
    private static java.util.List<TreeItem<Object>> groups(java.util.List<WorkspaceEntry> entries) {
        java.util.Map<String, TreeItem<Object>> folders = new java.util.LinkedHashMap<>();
        for (WorkspaceEntry entry : entries) {
            String folder = entry.path().getParent() == null ? "." : entry.path().getParent().toString();
            TreeItem<Object> group = folders.computeIfAbsent(folder, name -> {
                TreeItem<Object> item = new TreeItem<>(name + "/");
                item.setExpanded(true);
                return item;
            });
            group.getChildren().add(new TreeItem<>(entry));
        }
        return java.util.List.copyOf(folders.values());
    }

    private static final class EntryCell extends javafx.scene.control.TreeCell<Object> {

        private final ObservableMap<java.nio.file.Path, FileState> states;

        EntryCell(ObservableMap<java.nio.file.Path, FileState> states) {
            this.states = states;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("state-valid", "state-findings", "state-unsaved", "state-checking");
            setTooltip(null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (!(item instanceof WorkspaceEntry entry)) {
                setText(item.toString());
                setGraphic(StudioIcon.OPEN.create(14));
                return;
            }
            FileState state = states.get(entry.path());
            setText(entry.label() + (state == null ? "" : "  · " + state.label()));
            if (state != null) {
                getStyleClass().add("state-" + state.kind().name().toLowerCase());
                if (!state.detail().isEmpty()) {
                    setTooltip(new javafx.scene.control.Tooltip(state.detail()));
                }
            }
            setGraphic(switch (entry.kind()) {
                case CONTRACT -> StudioIcon.CONTRACT.create(16);
                case MAPPING -> StudioIcon.MAPPING.create(16);
                case FLOW -> StudioIcon.FLOW.create(16);
                case SAMPLE -> StudioIcon.SAMPLE.create(16);
            });
        }
    }
}
