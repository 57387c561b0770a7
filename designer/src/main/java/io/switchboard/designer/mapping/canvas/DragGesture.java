package io.switchboard.designer.mapping.canvas;

import io.switchboard.flow.schema.FieldNode;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a line from something (a source field, a palette function) onto a target field, with plain mouse events:
 * pressed starts it, dragged draws the line on the layer, released over a target field completes it. Platform
 * drag-and-drop is not used (it misbehaves headless).
 */
public final class DragGesture {

    private final LineLayer layer;
    private final FieldTreeView targets;
    private final Consumer<FieldNode> onDrop;
    private Point2D start;
    private boolean moved;

    private DragGesture(LineLayer layer, FieldTreeView targets, Consumer<FieldNode> onDrop) {
        this.layer = layer;
        this.targets = targets;
        this.onDrop = onDrop;
    }

    /**
     * Makes {@code handle} a place lines are dragged from. {@code dropFor} gives, at the press, what dropping onto a
     * target field does; null when nothing can be dragged from there now.
     */
    public static void install(Node handle, LineLayer layer, FieldTreeView targets,
                               java.util.function.Supplier<Consumer<FieldNode>> dropFor) {
        DragGesture[] current = new DragGesture[1];
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            Consumer<FieldNode> drop = event.getButton() == MouseButton.PRIMARY ? dropFor.get() : null;
            current[0] = drop == null ? null : new DragGesture(layer, targets, drop);
            if (current[0] != null) {
                current[0].start = layer.sceneToLocal(event.getSceneX(), event.getSceneY());
            }
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (current[0] != null) {
                current[0].moveTo(event);
            }
        });
        handle.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (current[0] != null) {
                current[0].release(event);
                current[0] = null;
            }
        });
    }

    private void moveTo(MouseEvent event) {
        moved = true;
        layer.drag(start, layer.sceneToLocal(event.getSceneX(), event.getSceneY()));
        event.consume();
    }

    private void release(MouseEvent event) {
        layer.drag(null, null);
        if (moved) {
            targets.fieldAt(event.getSceneX(), event.getSceneY()).ifPresent(onDrop);
            event.consume();
        }
    }
}
