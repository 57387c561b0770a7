package io.switchboard.designer.contract.editor;

import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.designer.control.Activation;
import io.switchboard.icons.StudioIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The outline: servers, paths with method badges, components, tags; a filter; a click jumps to the text. */
final class OutlinePane extends VBox {

    private final TreeView<OutlineEntry> tree = new TreeView<>();

    OutlinePane(ContractEditorViewModel viewModel, Consumer<OutlineEntry> jump) {
        getStyleClass().add("contract-outline");
        TextField filter = new TextField();
        filter.setId("outline-filter");
        filter.setPromptText("Filter paths, operations, schemas…");
        filter.textProperty().bindBidirectional(viewModel.outlineFilterProperty());
        tree.setId("contract-outline");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(view -> new EntryCell());
        Activation.onOpen(tree, () -> {
            TreeItem<OutlineEntry> chosen = tree.getSelectionModel().getSelectedItem();
            return chosen == null ? null : chosen.getValue();
        }, jump);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(filter, tree);
        viewModel.outline().addListener((ListChangeListener<OutlineEntry>) change -> show(viewModel.outline(),
                !viewModel.outlineFilterProperty().get().isBlank()));
    }

    private void show(List<OutlineEntry> entries, boolean filtered) {
        TreeItem<OutlineEntry> root = new TreeItem<>();
        for (OutlineEntry entry : entries) {
            root.getChildren().add(new EntryItem(entry, filtered, 0));
        }
        tree.setRoot(root);
    }

    /**
     * An entry whose children's items are made when first asked for (when it is opened): GitHub's outline has
     * thousands of entries, and making them all held the FX thread for a fifth of a second.
     */
    private static final class EntryItem extends TreeItem<OutlineEntry> {
        private final boolean expandAll;
        private final int depth;
        private boolean built;

        EntryItem(OutlineEntry entry, boolean expandAll, int depth) {
            super(entry);
            this.expandAll = expandAll;
            this.depth = depth;
            // Small contracts open fully; in large ones (GitHub's 800 paths) only the sections do.
            setExpanded(expandAll || depth == 0 || entry.children().size() <= 12 && depth == 1);
        }

        @Override
        public boolean isLeaf() {
            return getValue().children().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<OutlineEntry>> getChildren() {
            if (!built) {
                built = true;
                List<TreeItem<OutlineEntry>> items = new ArrayList<>(getValue().children().size());
                for (OutlineEntry child : getValue().children()) {
                    items.add(new EntryItem(child, expandAll, depth + 1));
                }
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }
    }

    private static final class EntryCell extends TreeCell<OutlineEntry> {
        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            Label label = new Label(entry.label());
            label.getStyleClass().add("outline-label");
            HBox line = new HBox(4);
            line.getStyleClass().add("outline-line");
            if (entry.kind() == OutlineEntry.Kind.OPERATION) {
                Label badge = new Label(entry.method().toUpperCase(Locale.ROOT));
                badge.getStyleClass().addAll("method-badge", "method-" + entry.method());
                line.getChildren().add(badge);
                label.setText(entry.summary().isEmpty() ? entry.label() : entry.summary());
            } else {
                line.getChildren().add(iconOf(entry.kind()).create(13));
            }
            line.getChildren().add(label);
            if ((entry.kind() == OutlineEntry.Kind.SECTION || entry.kind() == OutlineEntry.Kind.GROUP)
                    && !entry.summary().isEmpty()) {
                Label count = new Label(entry.summary());
                count.getStyleClass().add("outline-count");
                line.getChildren().add(count);
            }
            setGraphic(line);
        }

        private static StudioIcon iconOf(OutlineEntry.Kind kind) {
            return switch (kind) {
                case SERVER -> StudioIcon.SERVER;
                case PATH -> StudioIcon.PATH;
                case TAG -> StudioIcon.TAG;
                case COMPONENT, GROUP -> StudioIcon.SCHEMA;
                case SECTION, OPERATION -> StudioIcon.CONTRACT;
            };
        }
    }
}
