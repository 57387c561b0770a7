package io.switchboard.designer.mapping;

import io.switchboard.designer.command.Command;
import io.switchboard.flow.model.Mapping;
import java.util.function.Consumer;

/** An edit of a mapping: the mapping before and after it, both immutable, so undo is putting the old one back. */
record MappingChange(Mapping before, Mapping after, String description, Consumer<Mapping> apply) implements Command {

    @Override
    public void execute() {
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }
}
