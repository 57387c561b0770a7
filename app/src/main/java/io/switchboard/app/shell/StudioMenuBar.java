package io.switchboard.app.shell;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The studio's menus: every command with its shortcut shown beside it, so that the keyboard can be discovered. An
 * editor's commands are enabled only while its perspective is open; its own key handling comes first, so a
 * shortcut runs once.
 */
public final class StudioMenuBar {

    /** One command; {@code keys} may be null; a null label is a separator. */
    public record Item(String label, KeyCombination keys, Runnable action, ObservableBooleanValue enabled) {

        public static Item separator() {
            return new Item(null, null, null, null);
        }
    }

    /** A menu's title and its items. */
    public record Section(String title, List<Item> items) {
    }

    private StudioMenuBar() {
    }

    public static MenuBar of(List<Section> sections) {
        MenuBar bar = new MenuBar();
        bar.setId("studio-menu");
        for (Section section : sections) {
            Menu menu = new Menu(section.title());
            for (Item item : section.items()) {
                menu.getItems().add(item.label() == null ? new SeparatorMenuItem() : menuItem(item));
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    private static MenuItem menuItem(Item item) {
        MenuItem menuItem = new MenuItem(item.label());
        menuItem.setId("menu-" + item.label().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
        if (item.keys() != null) {
            menuItem.setAccelerator(item.keys());
        }
        menuItem.setOnAction(event -> item.action().run());
        if (item.enabled() != null) {
            menuItem.disableProperty().bind(javafx.beans.binding.Bindings.not(item.enabled()));
        }
        return menuItem;
    }
}
