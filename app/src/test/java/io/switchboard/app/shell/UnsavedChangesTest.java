package io.switchboard.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.junit.jupiter.api.Test;

/** Nothing is lost without a word: the user is asked, and Save goes on only once every file is written. */
class UnsavedChangesTest {

    private final List<List<String>> asked = new ArrayList<>();
    private final List<String> done = new ArrayList<>();

    private static final class Document implements OpenDocument {
        private final String name;
        private final SimpleBooleanProperty unsaved;
        private boolean saveWorks = true;
        private int saves;

        Document(String name, boolean unsaved) {
            this.name = name;
            this.unsaved = new SimpleBooleanProperty(unsaved);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ObservableBooleanValue unsaved() {
            return unsaved;
        }

        @Override
        public void save() {
            saves++;
            if (saveWorks) {
                unsaved.set(false);
            }
        }

        @Override
        public javafx.beans.value.ObservableValue<java.nio.file.Path> fileProperty() {
            return new javafx.beans.property.SimpleObjectProperty<>(java.nio.file.Path.of(name));
        }

        @Override
        public void reload() {
            unsaved.set(false);
        }
    }

    private UnsavedChanges answering(UnsavedChanges.Choice choice) {
        return new UnsavedChanges(names -> {
            asked.add(names);
            return choice;
        });
    }

    @Test
    void nothingUnsavedGoesOnWithoutAsking() {
        answering(UnsavedChanges.Choice.CANCEL).beforeLosing(List.of(new Document("a.yaml", false)),
                () -> done.add("closed"));

        assertEquals(List.of(), asked);
        assertEquals(List.of("closed"), done);
    }

    @Test
    void cancelStaysAndDiscardGoesOn() {
        Document edited = new Document("pets.yaml", true);

        answering(UnsavedChanges.Choice.CANCEL).beforeLosing(List.of(edited), () -> done.add("closed"));
        assertEquals(List.of(List.of("pets.yaml")), asked);
        assertEquals(List.of(), done);

        answering(UnsavedChanges.Choice.DISCARD).beforeLosing(List.of(edited), () -> done.add("closed"));
        assertEquals(List.of("closed"), done);
        assertEquals(0, edited.saves);
    }

    @Test
    void saveWritesEveryUnsavedFileThenGoesOnButNotIfASaveFails() {
        Document mapping = new Document("orders.mapping.json", true);
        Document contract = new Document("pets.yaml", true);
        Document clean = new Document("other.yaml", false);

        answering(UnsavedChanges.Choice.SAVE).beforeLosing(List.of(mapping, contract, clean), () -> done.add("closed"));
        assertEquals(List.of(List.of("orders.mapping.json", "pets.yaml")), asked);
        assertEquals(List.of("closed"), done);
        assertEquals(0, clean.saves);

        done.clear();
        Document failing = new Document("locked.yaml", true);
        failing.saveWorks = false;
        answering(UnsavedChanges.Choice.SAVE).beforeLosing(List.of(failing), () -> done.add("closed"));
        assertEquals(List.of(), done, "the window stays while an edit is unsaved");
    }
}
