package io.switchboard.contract.model;

import io.switchboard.flow.source.JsonPointers;

/**
 * Where a node sits, as a chain of parent and key; the JSON pointer is built only when asked for, because a walk
 * over a large contract visits millions of nodes and reports few.
 */
public final class NodePath {

    public static final NodePath ROOT = new NodePath(null, null);

    private final NodePath parent;
    private final String key;

    private NodePath(NodePath parent, String key) {
        this.parent = parent;
        this.key = key;
    }

    public NodePath child(String name) {
        return new NodePath(this, name);
    }

    public NodePath child(int index) {
        return new NodePath(this, Integer.toString(index));
    }

    /** The last key ({@code null} at the root). */
    public String key() {
        return key;
    }

    public NodePath parent() {
        return parent;
    }

    public String pointer() {
        if (parent == null) {
            return "";
        }
        return JsonPointers.child(parent.pointer(), key);
    }

    @Override
    public String toString() {
        return pointer();
    }
}
