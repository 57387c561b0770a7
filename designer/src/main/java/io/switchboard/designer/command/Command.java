package io.switchboard.designer.command;

/** One edit that can be undone and redone. Commands hold what they need to do both; they never run another. */
public interface Command {

    void execute();

    void undo();

    /** What the edit did, for the Edit menu: "Map customer.id to customerNumber". */
    String description();
}
