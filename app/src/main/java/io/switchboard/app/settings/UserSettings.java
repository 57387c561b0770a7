package io.switchboard.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the studio remembers for its user, apart from any workspace: the remote environments (never their tokens,
 * only where the token files are), the workspaces opened last (the newest first), the theme and the window's size.
 */
public record UserSettings(List<Environment> environments, List<Path> recentWorkspaces, String theme,
                           Window window) {

    /** The main window's size when it was last changed. */
    public record Window(double width, double height) {
    }

    /** How many workspaces the File menu offers again. */
    public static final int RECENT = 8;

    public UserSettings {
        environments = environments == null ? List.of() : environments.stream()
                .filter(environment -> environment != null && !environment.isLocal()).toList();
        recentWorkspaces = recentWorkspaces == null ? List.of()
                : recentWorkspaces.stream().distinct().limit(RECENT).toList();
    }

    public static UserSettings empty() {
        return new UserSettings(List.of(), List.of(), null, null);
    }

    public UserSettings withEnvironments(List<Environment> changed) {
        return new UserSettings(changed, recentWorkspaces, theme, window);
    }

    public UserSettings withTheme(String chosen) {
        return new UserSettings(environments, recentWorkspaces, chosen, window);
    }

    public UserSettings withWindow(Window size) {
        return new UserSettings(environments, recentWorkspaces, theme, size);
    }

    /** {@code workspace} first among the recent ones. */
    public UserSettings opened(Path workspace) {
        List<Path> recent = new ArrayList<>();
        recent.add(workspace.toAbsolutePath().normalize());
        recentWorkspaces.stream().filter(path -> !path.equals(workspace.toAbsolutePath().normalize()))
                .forEach(recent::add);
        return new UserSettings(environments, recent, theme, window);
    }
}
