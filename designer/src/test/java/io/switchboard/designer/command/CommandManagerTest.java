package io.switchboard.designer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandManagerTest {

    private final List<String> log = new ArrayList<>();
    private final CommandManager manager = new CommandManager();

    private Command append(String text) {
        return new Command() {
            @Override
            public void execute() {
                log.add(text);
            }

            @Override
            public void undo() {
                log.remove(log.size() - 1);
            }

            @Override
            public String description() {
                return "Add " + text;
            }
        };
    }

    @Test
    void undoAndRedoReplayTheEditsInOrderAndANewEditDropsTheRedoneOnes() {
        manager.execute(append("a"));
        manager.execute(append("b"));
        assertEquals("Add b", manager.undoDescriptionProperty().get());

        manager.undo();
        assertEquals(List.of("a"), log);
        assertTrue(manager.canRedoProperty().get());
        assertEquals("Add b", manager.redoDescriptionProperty().get());
        manager.redo();
        assertEquals(List.of("a", "b"), log);

        manager.undo();
        manager.execute(append("c"));
        assertEquals(List.of("a", "c"), log);
        assertFalse(manager.canRedoProperty().get());
        assertEquals(6, manager.revisionProperty().get(), "one revision per execute, undo and redo");
    }

    @Test
    void theStateIsDirtyUntilSavedAndAgainAfterAnUndoPastTheSave() {
        assertFalse(manager.dirtyProperty().get());
        manager.execute(append("a"));
        assertTrue(manager.dirtyProperty().get());
        manager.markSaved();
        assertFalse(manager.dirtyProperty().get());
        manager.undo();
        assertTrue(manager.dirtyProperty().get());
        manager.redo();
        assertFalse(manager.dirtyProperty().get(), "back where it was saved");
    }

    @Test
    void aCommandThatRunsAnotherCommandIsRefused() {
        Command nested = new Command() {
            @Override
            public void execute() {
                manager.execute(append("inner"));
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "nested";
            }
        };
        assertThrows(IllegalStateException.class, () -> manager.execute(nested));
        assertFalse(manager.canUndoProperty().get());
    }
}
