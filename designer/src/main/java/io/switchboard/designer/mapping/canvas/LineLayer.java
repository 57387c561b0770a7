package io.switchboard.designer.mapping.canvas;

import io.switchboard.designer.mapping.model.MappingLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;

/**
 * The layer over the two trees: mapping lines on a canvas underneath, function nodes above them, and the line being
 * dragged on top. Drawn once per layout pass, only when something moved (a tree scrolled, opened or resized, the
 * lines changed, a drag moved), so a pulse costs one redraw at most.
 */
public final class LineLayer extends Pane {

    private static final double NODE_GAP = 8;

    private final FieldTreeView source;
    private final FieldTreeView target;
    private final ObservableList<MappingLine> lines;
    private final Canvas canvas = new Canvas();
    private final Pane nodes = new Pane();
    private final List<Label> nodePool = new ArrayList<>();
    private final Line lineStyle = styleProbe("mapping-line");
    private final Line selectedStyle = styleProbe("mapping-line-selected");
    private final javafx.scene.shape.CubicCurve dragLine = new javafx.scene.shape.CubicCurve();
    private final Consumer<List<String>> onNodeClicked;
    private List<String> selectedTarget = List.of();
    private Point2D dragFrom;
    private Point2D dragTo;
    private int drawnLines;
    private long redraws;

    public LineLayer(FieldTreeView source, FieldTreeView target, ObservableList<MappingLine> lines,
                     Consumer<List<String>> onNodeClicked) {
        this.source = source;
        this.target = target;
        this.lines = lines;
        this.onNodeClicked = onNodeClicked;
        setId("line-layer");
        getStyleClass().add("line-layer");
        setPickOnBounds(false);
        canvas.setMouseTransparent(true);
        nodes.setPickOnBounds(false);
        dragLine.getStyleClass().add("mapping-line-drag");
        dragLine.setFill(null);
        dragLine.setManaged(false);
        dragLine.setVisible(false);
        dragLine.setMouseTransparent(true);
        dragLine.getStrokeDashArray().setAll(6.0, 4.0);
        dragLine.setStrokeWidth(2);
        getChildren().addAll(lineStyle, selectedStyle, canvas, nodes, dragLine);
        lines.addListener((javafx.collections.ListChangeListener<MappingLine>) change -> requestLayout());
        for (FieldTreeView side : List.of(source, target)) {
            side.tree().needsLayoutProperty().addListener((observable, old, now) -> {
                if (now) {
                    requestLayout();
                }
            });
        }
    }

    private static Line styleProbe(String styleClass) {
        Line probe = new Line();
        probe.getStyleClass().add(styleClass);
        probe.setManaged(false);
        probe.setVisible(false);
        return probe;
    }

    public void selectTarget(List<String> path) {
        selectedTarget = path == null ? List.of() : path;
        requestLayout();
    }

    /** The line being dragged, from a point to a point in this layer's coordinates; null ends it. */
    public void drag(Point2D from, Point2D to) {
        dragFrom = from;
        dragTo = to;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        nodes.resizeRelocate(0, 0, getWidth(), getHeight());
        redraw();
    }

    private void redraw() {
        redraws++;
        Map<List<String>, Double> sourceRows = new HashMap<>();
        Map<List<String>, Double> targetRows = new HashMap<>();
        source.visibleRows(this, sourceRows);
        target.visibleRows(this, targetRows);
        Bounds sourceBounds = source.bounds(this);
        Bounds targetBounds = target.bounds(this);
        double x0 = sourceBounds.getMaxX();
        double x1 = targetBounds.getMinX();
        double top = Math.max(sourceBounds.getMinY(), targetBounds.getMinY());
        double bottom = Math.min(sourceBounds.getMaxY(), targetBounds.getMaxY());
        double middle = (x0 + x1) / 2;
        // The canvas covers only the band between the trees: software rendering repaints all of it every frame.
        canvas.relocate(x0, 0);
        canvas.setWidth(Math.max(1, x1 - x0));
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.save();
        g.translate(-x0, 0);

        Map<List<String>, FieldTreeView.Anchor> sourceAnchors = new HashMap<>();
        Map<List<String>, FieldTreeView.Anchor> targetAnchors = new HashMap<>();
        Map<List<String>, NodePlace> functionNodes = new LinkedHashMap<>();
        drawnLines = 0;
        g.setLineWidth(1.5);
        // Lines are gathered into four paths (plain or selected, on screen or leading off it) and stroked once each:
        // one stroke of many curves rasterizes far faster than many strokes.
        double[][] paths = new double[4][];
        int[] sizes = new int[4];
        for (MappingLine line : lines) {
            FieldTreeView.Anchor from = sourceAnchors.computeIfAbsent(line.source(), path -> anchor(source, path, sourceRows));
            FieldTreeView.Anchor to = targetAnchors.computeIfAbsent(line.target(), path -> anchor(target, path, targetRows));
            if (from.offScreen() && to.offScreen() && Math.signum(from.y()) == Math.signum(to.y())) {
                continue;
            }
            double y0 = clamp(from.y(), top, bottom);
            double y1 = clamp(to.y(), top, bottom);
            int bucket = (line.target().equals(selectedTarget) ? 1 : 0) + (from.offScreen() || to.offScreen() ? 2 : 0);
            double end = x1;
            if (!line.direct() && to.exact()) {
                functionNodes.computeIfAbsent(line.target(), path -> new NodePlace(line.via(), y1, !to.offScreen()));
                end = middle - NODE_GAP * 6;
            }
            paths[bucket] = add(paths[bucket], sizes[bucket], x0, y0, end, y1);
            sizes[bucket] += 4;
            drawnLines++;
        }
        for (int bucket = 0; bucket < 4; bucket++) {
            if (sizes[bucket] == 0) {
                continue;
            }
            Paint stroke = (bucket % 2 == 1 ? selectedStyle : lineStyle).getStroke();
            g.setStroke(stroke == null ? Color.GRAY : stroke);
            g.setGlobalAlpha(bucket >= 2 ? 0.35 : 1.0);
            g.beginPath();
            double[] points = paths[bucket];
            for (int i = 0; i < sizes[bucket]; i += 4) {
                double bend = Math.max(20, (points[i + 2] - points[i]) / 2);
                g.moveTo(points[i], points[i + 1]);
                g.bezierCurveTo(points[i] + bend, points[i + 1], points[i + 2] - bend, points[i + 3], points[i + 2],
                        points[i + 3]);
            }
            g.stroke();
        }
        g.setGlobalAlpha(1.0);
        placeNodes(g, functionNodes, middle, x1);
        g.restore();
        placeDragLine();
    }

    private void placeDragLine() {
        boolean dragging = dragFrom != null && dragTo != null;
        dragLine.setVisible(dragging);
        if (dragging) {
            double bend = Math.max(20, (dragTo.getX() - dragFrom.getX()) / 2);
            dragLine.setStartX(dragFrom.getX());
            dragLine.setStartY(dragFrom.getY());
            dragLine.setControlX1(dragFrom.getX() + bend);
            dragLine.setControlY1(dragFrom.getY());
            dragLine.setControlX2(dragTo.getX() - bend);
            dragLine.setControlY2(dragTo.getY());
            dragLine.setEndX(dragTo.getX());
            dragLine.setEndY(dragTo.getY());
        }
    }

    private static FieldTreeView.Anchor anchor(FieldTreeView tree, List<String> path, Map<List<String>, Double> rows) {
        Double y = rows.get(path);
        return y != null ? new FieldTreeView.Anchor(y, false, true) : tree.anchor(path, rows);
    }

    /** Function nodes sit in the middle, at their target's row; the line goes on from them to the target. */
    private void placeNodes(GraphicsContext g, Map<List<String>, NodePlace> places, double middle, double x1) {
        int used = 0;
        for (Map.Entry<List<String>, NodePlace> entry : places.entrySet()) {
            NodePlace place = entry.getValue();
            if (!place.visible) {
                continue;
            }
            Label node = node(used++);
            node.setText(place.label);
            node.setUserData(entry.getKey());
            node.autosize();
            double width = node.getWidth();
            double height = node.getHeight();
            node.relocate(middle - NODE_GAP * 6, place.y - height / 2);
            Paint stroke = (entry.getKey().equals(selectedTarget) ? selectedStyle : lineStyle).getStroke();
            g.setStroke(stroke == null ? Color.GRAY : stroke);
            curve(g, middle - NODE_GAP * 6 + width, place.y, x1, place.y);
        }
        for (int i = used; i < nodePool.size(); i++) {
            nodePool.get(i).setVisible(false);
        }
    }

    private Label node(int index) {
        while (nodePool.size() <= index) {
            Label label = new Label();
            label.getStyleClass().add("function-node");
            label.setOnMouseClicked(event -> {
                @SuppressWarnings("unchecked")
                List<String> path = (List<String>) label.getUserData();
                onNodeClicked.accept(path);
                event.consume();
            });
            nodePool.add(label);
            nodes.getChildren().add(label);
            label.applyCss();
        }
        Label label = nodePool.get(index);
        label.setVisible(true);
        return label;
    }

    private static void curve(GraphicsContext g, double x0, double y0, double x1, double y1) {
        double bend = Math.max(20, (x1 - x0) / 2);
        g.beginPath();
        g.moveTo(x0, y0);
        g.bezierCurveTo(x0 + bend, y0, x1 - bend, y1, x1, y1);
        g.stroke();
    }

    private static double[] add(double[] points, int size, double x0, double y0, double x1, double y1) {
        double[] grown = points == null ? new double[64] : points.length < size + 4
                ? java.util.Arrays.copyOf(points, points.length * 2) : points;
        grown[size] = x0;
        grown[size + 1] = y0;
        grown[size + 2] = x1;
        grown[size + 3] = y1;
        return grown;
    }

    private static double clamp(double y, double top, double bottom) {
        return Math.max(top, Math.min(bottom, y));
    }

    private static final class NodePlace {
        private final String label;
        private final double y;
        private final boolean visible;

        NodePlace(String label, double y, boolean visible) {
            this.label = label;
            this.y = y;
            this.visible = visible;
        }
    }

    /** How many lines the last redraw drew: what the canvas tests look at. */
    public int drawnLines() {
        return drawnLines;
    }

    /** The function nodes on screen, by their text. */
    public List<String> functionNodes() {
        return nodePool.stream().filter(Label::isVisible).map(Label::getText).toList();
    }

    public long redraws() {
        return redraws;
    }
}
