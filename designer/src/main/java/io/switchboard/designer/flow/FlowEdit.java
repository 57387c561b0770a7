package io.switchboard.designer.flow;

import io.switchboard.designer.command.Command;
import io.switchboard.flow.model.Flow;
import java.util.function.Consumer;

/** One edit of a flow: the flow before and after it, and where the current flow is kept. */
record FlowEdit(String description, Flow before, Flow after, Consumer<Flow> current) implements Command {

    @Override
    public void execute() {
        current.accept(after);
    }

    @Override
    public void undo() {
        current.accept(before);
    }
}
