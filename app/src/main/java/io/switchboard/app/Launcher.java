package io.switchboard.app;

import javafx.application.Application;

/**
 * The main class. A plain class rather than the {@link Application} itself, so that the studio starts from the
 * classpath without a module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StudioLog.start();
        Application.launch(StudioApplication.class, args);
    }
}
