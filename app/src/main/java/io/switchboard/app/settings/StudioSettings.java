package io.switchboard.app.settings;

import io.switchboard.fx.task.Tasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user's settings as the studio shows them: the environments (Local first, then the remote ones) and the recent
 * workspaces. Each change is written to the settings file in the background; a failed write is told to
 * {@code problem}. Used on the FX thread.
 */
public final class StudioSettings {

    private final SettingsFile file;
    private final Tasks tasks;
    private final Consumer<Exception> problem;
    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private UserSettings current;

    /** {@code initial}: the settings as read at start (off the FX thread). */
    public StudioSettings(SettingsFile file, UserSettings initial, Tasks tasks, Consumer<Exception> problem) {
        this.file = file;
        this.tasks = tasks;
        this.problem = problem;
        show(initial);
    }

    public ObservableList<Environment> environments() {
        return FXCollections.unmodifiableObservableList(environments);
    }

    public ObservableList<Path> recentWorkspaces() {
        return FXCollections.unmodifiableObservableList(recentWorkspaces);
    }

    /** Adds an environment, or replaces {@code old} with it. */
    public void saveEnvironment(Environment old, Environment changed) {
        List<Environment> remote = new ArrayList<>(current.environments());
        int at = old == null ? -1 : remote.indexOf(old);
        remote.removeIf(environment -> environment.name().equalsIgnoreCase(changed.name()));
        remote.add(at < 0 ? remote.size() : Math.min(at, remote.size()), changed);
        change(current.withEnvironments(remote));
    }

    public void removeEnvironment(Environment environment) {
        change(current.withEnvironments(current.environments().stream()
                .filter(kept -> !kept.equals(environment)).toList()));
    }

    public void opened(Path workspace) {
        change(current.opened(workspace));
    }

    /** The theme chosen last ("LIGHT" or "DARK"), or null. */
    public String theme() {
        return current.theme();
    }

    public void theme(String chosen) {
        if (!chosen.equals(current.theme())) {
            change(current.withTheme(chosen));
        }
    }

    /** The window's size last time, or null. */
    public UserSettings.Window window() {
        return current.window();
    }

    public void window(double width, double height) {
        UserSettings.Window size = new UserSettings.Window(Math.round(width), Math.round(height));
        if (!size.equals(current.window())) {
            change(current.withWindow(size));
        }
    }

    private void change(UserSettings changed) {
        show(changed);
        tasks.run(() -> {
            file.write(changed);
            return changed;
        }, written -> { }, problem);
    }

    private void show(UserSettings settings) {
        current = settings;
        List<Environment> all = new ArrayList<>();
        all.add(Environment.local());
        all.addAll(settings.environments());
        // Replaced only when it changed: a list set anew loses what a chooser had selected in it.
        if (!environments.equals(all)) {
            environments.setAll(all);
        }
        if (!recentWorkspaces.equals(settings.recentWorkspaces())) {
            recentWorkspaces.setAll(settings.recentWorkspaces());
        }
    }
}
