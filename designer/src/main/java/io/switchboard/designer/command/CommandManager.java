package io.switchboard.designer.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way edits happen: executes commands, keeps them for undo and redo, and counts revisions so views and
 * the unsaved-changes marker can follow. A command that runs another command is a mistake and throws.
 */
public final class CommandManager {

    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Command savedAt;
    private boolean running;

    public void execute(Command command) {
        run(command::execute);
        done.push(command);
        undone.clear();
        changed();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Command command = done.pop();
        run(command::undo);
        undone.push(command);
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Command command = undone.pop();
        run(command::execute);
        done.push(command);
        changed();
    }

    /** Marks the current state as saved: {@link #dirtyProperty()} is false until the next change. */
    public void markSaved() {
        markSaved(savePoint());
    }

    /** Where the history stands now: taken when a save starts, given back when it has finished. */
    public Object savePoint() {
        return done.peek();
    }

    /** Marks the state at an earlier save point as the saved one; edits made since keep the document dirty. */
    public void markSaved(Object savePoint) {
        savedAt = (Command) savePoint;
        dirty.set(done.peek() != savedAt);
    }

    /** Forgets the history, as opening another document does; the state now counts as saved. */
    public void clear() {
        done.clear();
        undone.clear();
        savedAt = null;
        changed();
    }

    private void run(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not run another command");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        revision.set(revision.get() + 1);
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : done.peek().description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().description());
        dirty.set(done.peek() != savedAt);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
