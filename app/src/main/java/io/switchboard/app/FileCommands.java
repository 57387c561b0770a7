package io.switchboard.app;

/** The commands of the File and Flow menus that the composition root carries out. */
record FileCommands(Runnable newWorkspace, Runnable openWorkspace, Runnable openRecent, Runnable newFlow,
                    Runnable exportFlow, Runnable environments, Runnable deploy, Runnable versions, Runnable quit) {

    /** Only Quit does something: for a window shown without a studio around it. */
    static FileCommands only(Runnable quit) {
        Runnable none = () -> { };
        return new FileCommands(none, none, none, none, none, none, none, none, quit);
    }
}
