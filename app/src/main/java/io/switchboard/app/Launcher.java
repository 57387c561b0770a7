package io.switchboard.app;

import javafx.application.Application;
import picocli.CommandLine;

/**
 * The main class. A plain class rather than the {@link Application} itself, so that the studio starts from the
 * classpath without a module path.
 */
public final class Launcher {

    /**
     * JavaFX warns on every start from the classpath (the README's run command; the installed app-image loads it as
     * modules); kept here, as the logging API holds its loggers weakly.
     */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    /** Options are checked before the window opens: --help prints them, a bad one is a sentence and exit 2. */
    public static void main(String[] args) {
        CommandLine options = new CommandLine(new StudioOptions());
        try {
            CommandLine.ParseResult parsed = options.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return;
            }
            ((StudioOptions) options.getCommand()).perspective();
        } catch (CommandLine.ParameterException e) {
            System.err.println("studio: " + e.getMessage());
            e.getCommandLine().usage(System.err);
            System.exit(2);
        }
        StudioLog.start();
        JAVAFX.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
        // Asked to end (SIGTERM, a logout): the studio stops as when its window closes, the runtime cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(StudioApplication::stopOnSignal, "studio-shutdown"));
        Application.launch(StudioApplication.class, args);
        // The window is closed and everything stopped (StudioApplication.stop): threads a library left behind must
        // not keep the process alive.
        System.exit(0);
    }
}
