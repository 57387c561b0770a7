package io.switchboard.designer.control;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The one way a list or tree opens its chosen item: the click that lists of its kind use (one, or two for files and
 * proposals), and Enter, so that everything a mouse reaches the keyboard reaches too.
 */
public final class Activation {

    private Activation() {
    }

    /** Opens the chosen item on a single click or Enter. */
    public static <T> void onOpen(Control list, Supplier<T> chosen, Consumer<T> open) {
        on(list, 1, chosen, open);
    }

    /** Opens the chosen item on a double click or Enter. */
    public static <T> void onDoubleClickOpen(Control list, Supplier<T> chosen, Consumer<T> open) {
        on(list, 2, chosen, open);
    }

    private static <T> void on(Control list, int clicks, Supplier<T> chosen, Consumer<T> open) {
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == clicks) {
                openChosen(chosen, open);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                openChosen(chosen, open);
                event.consume();
            }
        });
    }

    private static <T> void openChosen(Supplier<T> chosen, Consumer<T> open) {
        T item = chosen.get();
        if (item != null) {
            open.accept(item);
        }
    }
}
