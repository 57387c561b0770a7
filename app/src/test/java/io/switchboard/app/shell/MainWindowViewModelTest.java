package io.switchboard.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.app.workspace.Workspace;
import io.switchboard.app.workspace.WorkspaceScanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final Workspace orders = new WorkspaceScanner().scan(Path.of("..", "examples", "orders"));

    @Test
    void aFileShowsItsCheckedStateAndUnsavedEditsComeFirst() {
        MainWindowViewModel viewModel = new MainWindowViewModel(orders);
        Path flow = Path.of("flows", "orders.flow.json");
        viewModel.checked(java.util.Map.of(flow, io.switchboard.app.workspace.FileState.findings(2, "x")));
        assertEquals("2 errors", viewModel.states().get(flow).label());

        viewModel.unsaved(flow, true);
        assertEquals("unsaved", viewModel.states().get(flow).label());
        viewModel.unsaved(flow, false);
        assertEquals("2 errors", viewModel.states().get(flow).label());
    }

    @Test
    void eachPerspectiveListsTheFilesItWorksOn() {
        MainWindowViewModel viewModel = new MainWindowViewModel(orders);

        assertEquals(List.of("orders.flow.json", "order-to-invoice.mapping.json", "invoice-expected.json",
                        "order-small.json"),
                viewModel.entries(Perspective.DESIGN).stream().map(WorkspaceEntry::label).toList());
        assertEquals(List.of("orders.yaml"),
                viewModel.entries(Perspective.CONTRACTS).stream().map(WorkspaceEntry::label).toList());
        assertEquals("1 contract · 1 mapping · 1 flow · 2 samples", viewModel.statusProperty().get());
        assertEquals("Switchboard Studio — orders", viewModel.titleProperty().get());
    }

    @Test
    void themeTogglesBetweenLightAndDark() {
        MainWindowViewModel viewModel = new MainWindowViewModel(orders);

        viewModel.toggleTheme();
        assertEquals(Theme.DARK, viewModel.themeProperty().get());
        assertEquals("Light theme", viewModel.themeToggleTextProperty().getValue());
        viewModel.toggleTheme();
        assertEquals(Theme.LIGHT, viewModel.themeProperty().get());
    }

    @Test
    void aMissingWorkspaceIsSaidInTheStatusBar() {
        MainWindowViewModel viewModel = new MainWindowViewModel(new WorkspaceScanner().scan(Path.of("no-such-dir")));

        assertEquals("workspace folder not found: no-such-dir", viewModel.statusProperty().get());
    }
}
