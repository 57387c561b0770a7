package io.switchboard.app.shell;

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

/** The main window's state: which perspective is open, the theme, the workspace and what the status bar says. */
public final class MainWindowViewModel {

    private final Workspace workspace;
    private final ObjectProperty<Perspective> perspective = new SimpleObjectProperty<>(Perspective.DESIGN);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper runtimeStatus = new ReadOnlyStringWrapper("Runtime: not connected");
    private final Map<Perspective, ObservableList<WorkspaceEntry>> entries = new EnumMap<>(Perspective.class);

    public MainWindowViewModel(Workspace workspace) {
        this.workspace = workspace;
        title.set("Switchboard Studio — " + workspace.name());
        status.set(workspace.problems().isEmpty() ? summary(workspace) : String.join("; ", workspace.problems()));
        entries.put(Perspective.DESIGN, listOf(entries(WorkspaceEntry.Kind.MAPPING, workspace.mappings()),
                entries(WorkspaceEntry.Kind.FLOW, workspace.flows()),
                entries(WorkspaceEntry.Kind.SAMPLE, workspace.samples())));
        entries.put(Perspective.CONTRACTS, listOf(entries(WorkspaceEntry.Kind.CONTRACT, workspace.contracts())));
        entries.put(Perspective.MONITOR, listOf(entries(WorkspaceEntry.Kind.FLOW, workspace.flows())));
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
        return entries.get(of);
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
    private static ObservableList<WorkspaceEntry> listOf(Stream<WorkspaceEntry>... groups) {
        return FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(Stream.of(groups).flatMap(group -> group).toList()));
    }
}
