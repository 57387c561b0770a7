package io.switchboard.app;

import io.switchboard.app.contracts.ContractsWorkbench;
import io.switchboard.app.design.DesignWorkbench;
import io.switchboard.app.shell.MainWindowViewModel;
import io.switchboard.app.shell.Perspective;
import io.switchboard.app.shell.StudioMenuBar;
import io.switchboard.app.shell.StudioMenuBar.Item;
import io.switchboard.app.shell.StudioMenuBar.Section;
import io.switchboard.designer.contract.editor.ContractEditorView;
import io.switchboard.designer.mapping.MappingEditorView;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCombination;

/** The studio's menus, wired to the perspective that is open (part of the composition root). */
final class StudioMenus {

    private StudioMenus() {
    }

    static MenuBar build(MainWindowViewModel shell, DesignWorkbench design, ContractsWorkbench contracts,
                         FileCommands files) {
        ObservableBooleanValue designing = Bindings.equal(shell.perspectiveProperty(), Perspective.DESIGN);
        ObservableBooleanValue contracting = Bindings.equal(shell.perspectiveProperty(), Perspective.CONTRACTS);
        MappingEditorView mapping = design.view();
        ContractEditorView contract = contracts.editorView();
        Runnable save = () -> either(shell, () -> (design.flowInFront() ? design.flowDocument()
                : design.document()).save(), contracts.editor()::save);
        return StudioMenuBar.of(List.of(
                new Section("File", List.of(
                        new Item("New workspace…", null, files.newWorkspace(), null),
                        new Item("Open workspace…", keys("Shortcut+O"), files.openWorkspace(), null),
                        new Item("Open recent workspace…", null, files.openRecent(), null),
                        Item.separator(),
                        new Item("Save", keys("Shortcut+S"), save, null),
                        Item.separator(),
                        new Item("Quit", keys("Shortcut+Q"), files.quit(), null))),
                new Section("Edit", List.of(
                        new Item("Undo", keys("Shortcut+Z"), () -> either(shell, () -> {
                            if (design.flowInFront()) {
                                design.flowEditor().undo();
                            } else {
                                mapping.undo();
                            }
                        }, contract::undo), null),
                        new Item("Redo", keys("Shortcut+Shift+Z"), () -> either(shell, () -> {
                            if (design.flowInFront()) {
                                design.flowEditor().redo();
                            } else {
                                mapping.redo();
                            }
                        }, contract::redo), null),
                        new Item("Find", keys("Shortcut+F"), () -> either(shell, mapping::findField, contract::find),
                                null),
                        new Item("Format contract", keys("Shortcut+Shift+F"), contracts.editor()::format,
                                contracting))),
                new Section("View", List.of(
                        new Item("Design perspective", keys("Shortcut+1"), () -> shell.open(Perspective.DESIGN), null),
                        new Item("Contracts perspective", keys("Shortcut+2"),
                                () -> shell.open(Perspective.CONTRACTS), null),
                        Item.separator(),
                        new Item("Zoom in", keys("Shortcut+Equals"), mapping::zoomIn, designing),
                        new Item("Zoom out", keys("Shortcut+Minus"), mapping::zoomOut, designing),
                        Item.separator(),
                        new Item("Light or dark theme", null, shell::toggleTheme, null))),
                new Section("Flow", List.of(
                        new Item("New flow from operation…", null, files.newFlow(), null),
                        new Item("Deploy flow…", keys("Shortcut+Shift+D"), files.deploy(), null),
                        new Item("Versions and rollback…", null, files.versions(), null),
                        new Item("Environments…", null, files.environments(), null),
                        Item.separator(),
                        new Item("Export flow as Camel YAML…", null, files.exportFlow(), null))),
                new Section("Mapping", List.of(
                        new Item("Connect selected fields", keys("Shortcut+Enter"), mapping::connect, designing),
                        new Item("Unmap selected target (Delete)", null, mapping::unmapSelected, designing),
                        new Item("Suggest mappings", null, mapping::suggest, designing))),
                new Section("Contract", List.of(
                        new Item("Go to definition", keys("F12"), contract.code()::goToDefinition, contracting),
                        new Item("Find usages", keys("Shift+F12"), contract.code()::findUsages, contracting)))));
    }

    private static void either(MainWindowViewModel shell, Runnable onDesign, Runnable onContracts) {
        if (shell.perspectiveProperty().get() == Perspective.DESIGN) {
            onDesign.run();
        } else {
            onContracts.run();
        }
    }

    private static KeyCombination keys(String text) {
        return KeyCombination.keyCombination(text);
    }
}
