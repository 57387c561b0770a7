package io.switchboard.designer.mapping.canvas;

import io.switchboard.flow.schema.FieldNode;
import io.switchboard.icons.StudioIcon;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One side of the canvas: a filter box over a lazily built field tree. Knows where each field's row is on screen,
 * which is what the line layer draws from.
 */
public final class FieldTreeView extends VBox {

    /** Filtering opens the tree this deep and visits at most this many fields: recursive schemas never end. */
    private static final int FILTER_DEPTH = 8;
    private static final int FILTER_BUDGET = 20_000;

    private final TreeView<FieldNode> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final FieldDecorations decorations = new FieldDecorations();
    private final Map<List<String>, TreeItem<FieldNode>> items = new HashMap<>();
    private final Consumer<FieldTreeItem> register = item -> items.put(item.getValue().path(), item);
    private FieldNode root;
    private VirtualFlow<?> flow;

    public FieldTreeView(String id, String title, StudioIcon icon) {
        setId(id);
        getStyleClass().add("field-tree");
        Label heading = new Label(title, icon.create(16));
        heading.getStyleClass().add("field-tree-title");
        filter.setId(id + "-filter");
        filter.setPromptText("Filter fields");
        filter.getStyleClass().add("field-filter");
        filter.textProperty().addListener((observable, old, now) -> rebuild());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox top = new HBox(8, heading, filter);
        top.getStyleClass().add("field-tree-header");
        tree.setId(id + "-fields");
        tree.setShowRoot(true);
        tree.setFixedCellSize(24);
        tree.setCellFactory(view -> new FieldCell(decorations));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(top, tree);
    }

    public void setRoot(FieldNode field) {
        root = field;
        rebuild();
    }

    private void rebuild() {
        items.clear();
        if (root == null) {
            tree.setRoot(null);
            return;
        }
        String text = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        FieldTreeItem top = new FieldTreeItem(root, register);
        if (text.isEmpty()) {
            top.setExpanded(true);
        } else {
            expandMatches(top, text);
        }
        tree.setRoot(top);
    }

    /** Opens, breadth first, every branch down to a field whose name contains the filter; closes the rest. */
    private void expandMatches(FieldTreeItem top, String text) {
        Deque<TreeItem<FieldNode>> queue = new ArrayDeque<>();
        queue.add(top);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < FILTER_BUDGET) {
            TreeItem<FieldNode> item = queue.poll();
            if (item.getValue().path().size() >= FILTER_DEPTH || item.isLeaf()) {
                continue;
            }
            for (TreeItem<FieldNode> child : item.getChildren()) {
                if (child.getValue().name().toLowerCase(Locale.ROOT).contains(text)) {
                    for (TreeItem<FieldNode> up = item; up != null; up = up.getParent()) {
                        up.setExpanded(true);
                    }
                }
                queue.add(child);
            }
        }
        top.setExpanded(true);
        // Keep only the matching branches on screen: hide siblings that lead to no match.
        prune(top, text);
    }

    private boolean prune(TreeItem<FieldNode> item, String text) {
        boolean matches = item.getValue().name().toLowerCase(Locale.ROOT).contains(text);
        if (!item.isExpanded()) {
            return matches;
        }
        item.getChildren().removeIf(child -> !prune(child, text));
        return matches || !item.getChildren().isEmpty() || item.getParent() == null;
    }

    /** Marks the mapped fields and the fields with findings, after an edit. */
    public void decorationsUpdate(List<io.switchboard.designer.mapping.model.MappingLine> lines,
                                  List<io.switchboard.designer.mapping.model.MappingFinding> findings, boolean sourceSide) {
        decorations.update(lines, findings, sourceSide);
        decorations.changed();
    }

    /** Marks the fields the last preview changed, and the one whose expression failed. */
    public void previewUpdate(java.util.Set<List<String>> changed, List<String> failing) {
        decorations.preview(changed, failing);
        decorations.changed();
    }

    public TreeView<FieldNode> tree() {
        return tree;
    }

    public TextField filter() {
        return filter;
    }

    /** Selects a field, opening its branch and scrolling it into view. */
    public void select(FieldNode field) {
        if (field == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        TreeItem<FieldNode> item = itemFor(field.path());
        if (item == null || !item.getValue().path().equals(field.path())) {
            return;
        }
        for (TreeItem<FieldNode> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
        }
        int row = tree.getRow(item);
        VirtualFlow<?> visible = flow();
        if (visible != null && row >= 0 && (visible.getFirstVisibleCell() == null
                || row < visible.getFirstVisibleCell().getIndex() || row > visible.getLastVisibleCell().getIndex())) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    /** The item for a path, opening the items above it as needed (children are built on first opening). */
    private TreeItem<FieldNode> itemFor(List<String> path) {
        TreeItem<FieldNode> item = tree.getRoot();
        for (String step : path) {
            if (item == null) {
                return null;
            }
            TreeItem<FieldNode> next = null;
            for (TreeItem<FieldNode> child : item.getChildren()) {
                if (child.getValue().name().equals(step)) {
                    next = child;
                    break;
                }
            }
            item = next;
        }
        return item;
    }

    /** The field whose row is under a point of the scene, if any. */
    public Optional<FieldNode> fieldAt(double sceneX, double sceneY) {
        VirtualFlow<?> visible = flow();
        if (visible == null || visible.getFirstVisibleCell() == null) {
            return Optional.empty();
        }
        for (int i = visible.getFirstVisibleCell().getIndex(); i <= visible.getLastVisibleCell().getIndex(); i++) {
            IndexedCell<?> cell = visible.getVisibleCell(i);
            if (cell instanceof TreeCell<?> treeCell && treeCell.getItem() instanceof FieldNode field
                    && cell.localToScene(cell.getLayoutBounds()).contains(sceneX, sceneY)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Where each visible row's middle is, in the coordinates of {@code layer}: field path → y. */
    void visibleRows(Node layer, Map<List<String>, Double> into) {
        VirtualFlow<?> visible = flow();
        if (visible == null || visible.getFirstVisibleCell() == null) {
            return;
        }
        for (int i = visible.getFirstVisibleCell().getIndex(); i <= visible.getLastVisibleCell().getIndex(); i++) {
            IndexedCell<?> cell = visible.getVisibleCell(i);
            if (cell instanceof TreeCell<?> treeCell && treeCell.getItem() instanceof FieldNode field) {
                Point2D middle = layer.sceneToLocal(cell.localToScene(0, cell.getHeight() / 2));
                into.put(field.path(), middle.getY());
            }
        }
    }

    /**
     * For a field that has no visible row: the nearest shown branch above it, or whether it lies above or below the
     * visible rows. Answers the path of a visible row standing in for it, or null with {@code below} telling the side.
     */
    Anchor anchor(List<String> path, Map<List<String>, Double> rows) {
        for (int length = path.size(); length >= 0; length--) {
            List<String> prefix = path.subList(0, length);
            TreeItem<FieldNode> item = items.get(prefix);
            if (item == null) {
                continue;
            }
            int row = tree.getRow(item);
            if (row < 0) {
                continue;
            }
            Double y = rows.get(prefix);
            if (y != null) {
                return new Anchor(y, false, length == path.size());
            }
            VirtualFlow<?> visible = flow();
            boolean above = visible != null && visible.getFirstVisibleCell() != null
                    && row < visible.getFirstVisibleCell().getIndex();
            return new Anchor(above ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, true, false);
        }
        return new Anchor(Double.POSITIVE_INFINITY, true, false);
    }

    /**
     * A line end: a row's middle, or off screen above (−∞) or below (+∞). {@code exact}: the field's own row, not a
     * closed branch standing in for it.
     */
    record Anchor(double y, boolean offScreen, boolean exact) {
    }

    /** The top and bottom of the tree's rows, in the coordinates of {@code layer}. */
    Bounds bounds(Node layer) {
        return layer.sceneToLocal(tree.localToScene(tree.getLayoutBounds()));
    }

    VirtualFlow<?> flow() {
        if (flow == null) {
            flow = (VirtualFlow<?>) tree.lookup(".virtual-flow");
        }
        return flow;
    }

    public void setCellSize(double size) {
        tree.setFixedCellSize(size);
    }
}
