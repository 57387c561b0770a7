package io.switchboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's log: a file in the user's application-data folder (SLF4J's simple binding writes there), and every
 * exception nobody caught. Set up before the first logger exists; {@code -Dorg.slf4j.simpleLogger.logFile=...}
 * still wins.
 */
final class StudioLog {

    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";

    private StudioLog() {
    }

    static Path start() {
        Path file = System.getProperty(LOG_FILE) != null && !System.getProperty(LOG_FILE).startsWith("System.")
                ? Path.of(System.getProperty(LOG_FILE)) : dataFolder().resolve("studio.log");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            System.setProperty(LOG_FILE, file.toString());
        } catch (IOException | SecurityException e) {
            System.err.println("switchboard: cannot write the log to " + file + " (" + e.getMessage()
                    + "); logging to the console");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        Logger log = LoggerFactory.getLogger(StudioLog.class);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                log.error("uncaught on thread {}", thread.getName(), error));
        log.info("studio starting; log at {}", file);
        return file;
    }

    /** Where each platform keeps an application's data for its user. */
    static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("Switchboard");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Switchboard");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("switchboard");
    }
}
