package io.switchboard.designer.mapping.canvas;

import io.switchboard.flow.schema.FieldNode;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/** A tree item whose children are made when it is first opened, as the field tree's are: recursive schemas stay cheap. */
final class FieldTreeItem extends TreeItem<FieldNode> {

    private final Consumer<FieldTreeItem> registry;
    private boolean loaded;

    FieldTreeItem(FieldNode field, Consumer<FieldTreeItem> registry) {
        super(field);
        this.registry = registry;
        registry.accept(this);
    }

    @Override
    public boolean isLeaf() {
        FieldNode field = getValue();
        return field.type().isScalar() && field.type() != io.switchboard.flow.schema.FieldType.ANY
                || field.children().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<FieldNode>> getChildren() {
        if (!loaded) {
            loaded = true;
            for (FieldNode child : getValue().children()) {
                super.getChildren().add(new FieldTreeItem(child, registry));
            }
        }
        return super.getChildren();
    }
}
