package io.switchboard.app.shell;

import io.switchboard.app.workspace.FileState;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.flow.text.Plural;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The main window's state: which perspective is open, the theme, the workspace and what the status bar says. */
public final class MainWindowViewModel {

    private Workspace workspace;
    private final ObjectProperty<Perspective> perspective = new SimpleObjectProperty<>(Perspective.DESIGN);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper runtimeStatus = new ReadOnlyStringWrapper("Runtime: not connected");
    private final Map<Perspective, ObservableList<WorkspaceEntry>> entries = new EnumMap<>(Perspective.class);
    private final ObservableMap<Path, FileState> states = FXCollections.observableHashMap();
    private final java.util.Set<Path> unsaved = new java.util.HashSet<>();
    private final Map<Path, FileState> checked = new java.util.HashMap<>();

    public MainWindowViewModel(Workspace workspace) {
        for (Perspective perspective : Perspective.values()) {
            entries.put(perspective, FXCollections.observableArrayList());
        }
        reload(workspace);
    }

    /** Shows the workspace's files as they are now (after a change on disk). */
    public void reload(Workspace now) {
        workspace = now;
        title.set("Switchboard Studio — " + workspace.name());
        status.set(workspace.problems().isEmpty() ? summary(workspace) : String.join("; ", workspace.problems()));
        entries.get(Perspective.DESIGN).setAll(listOf(entries(WorkspaceEntry.Kind.FLOW, workspace.flows()),
                entries(WorkspaceEntry.Kind.MAPPING, workspace.mappings()),
                entries(WorkspaceEntry.Kind.SAMPLE, workspace.samples())));
        entries.get(Perspective.CONTRACTS).setAll(listOf(entries(WorkspaceEntry.Kind.CONTRACT,
                workspace.contracts())));
        entries.get(Perspective.MONITOR).setAll(listOf(entries(WorkspaceEntry.Kind.FLOW, workspace.flows())));
    }

    /** Each file's state by its path relative to the workspace, as the project tree shows it. */
    public ObservableMap<Path, FileState> states() {
        return states;
    }

    /** The states the last check found. */
    public void checked(Map<Path, FileState> found) {
        checked.clear();
        checked.putAll(found);
        showStates();
    }

    /** Marks a file (relative to the workspace) as having unsaved edits in an editor, or not. */
    public void unsaved(Path relative, boolean edited) {
        if (edited ? unsaved.add(relative) : unsaved.remove(relative)) {
            showStates();
        }
    }

    private void showStates() {
        Map<Path, FileState> all = new java.util.HashMap<>(checked);
        unsaved.forEach(path -> all.put(path, new FileState(FileState.Kind.UNSAVED, 0, "")));
        states.keySet().retainAll(all.keySet());
        states.putAll(all);
    }

    /** Says something in the status bar. Call on the FX thread. */
    public void showStatus(String text) {
        status.set(text);
    }

    public Workspace workspace() {
        return workspace;
    }

    public ObjectProperty<Perspective> perspectiveProperty() {
        return perspective;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runtimeStatusProperty() {
        return runtimeStatus.getReadOnlyProperty();
    }

    /** What the runtime is doing, as the status bar shows it. Call on the FX thread. */
    public void showRuntime(String text) {
        runtimeStatus.set(text);
    }

    public String workspaceName() {
        return workspace.name();
    }

    public String workspacePath() {
        return workspace.root().toString();
    }

    /** The workspace files a perspective works on. */
    public ObservableList<WorkspaceEntry> entries(Perspective of) {
        return FXCollections.unmodifiableObservableList(entries.get(of));
    }

    public ObservableValue<String> themeToggleTextProperty() {
        return Bindings.createStringBinding(() -> theme.get() == Theme.LIGHT ? "Dark theme" : "Light theme", theme);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public void open(Perspective target) {
        perspective.set(target);
    }

    private static String summary(Workspace workspace) {
        return Plural.of(workspace.contracts().size(), "contract") + " · "
                + Plural.of(workspace.mappings().size(), "mapping") + " · " + Plural.of(workspace.flows().size(), "flow")
                + " · " + Plural.of(workspace.samples().size(), "sample");
    }


    private static Stream<WorkspaceEntry> entries(WorkspaceEntry.Kind kind, List<Path> paths) {
        return paths.stream().map(path -> new WorkspaceEntry(kind, path));
    }

    @SafeVarargs
    private static List<WorkspaceEntry> listOf(Stream<WorkspaceEntry>... groups) {
        return Stream.of(groups).flatMap(group -> group).toList();
    }
}
