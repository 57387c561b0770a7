package io.switchboard.designer.contract.editor;

import io.switchboard.icons.StudioIcon;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/** Find and replace over the contract's text; Enter finds the next match, Escape closes. */
final class FindReplaceBar extends HBox {

    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label result = new Label();
    private final ContractEditorViewModel viewModel;
    private final CodeArea area;

    FindReplaceBar(ContractEditorViewModel viewModel, CodeArea area) {
        super(6);
        this.viewModel = viewModel;
        this.area = area;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        find.setId("find-text");
        find.setPromptText("Find");
        replace.setId("replace-text");
        replace.setPromptText("Replace with");
        Button next = new Button("Next");
        next.setId("find-next");
        next.setOnAction(event -> next());
        Button one = new Button("Replace");
        one.setId("replace-one");
        one.setOnAction(event -> replaceOne());
        Button all = new Button("Replace all");
        all.setId("replace-all");
        all.setOnAction(event -> {
            int count = viewModel.search().replaceAll(find.getText(), replace.getText(), matchCase.isSelected());
            result.setText(count + " replaced");
        });
        Button close = new Button("", StudioIcon.UNMAP.create(12));
        close.setId("find-close");
        close.setAccessibleText("Close find and replace (Escape)");
        close.setTooltip(new javafx.scene.control.Tooltip("Close find and replace (Escape)"));
        close.setOnAction(event -> hide());
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                next();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        getChildren().addAll(StudioIcon.FIND.create(14), find, replace, matchCase, next, one, all, result, close);
        hide();
    }

    void show() {
        setVisible(true);
        setManaged(true);
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            find.setText(area.getSelectedText());
        }
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    private void next() {
        String needle = find.getText();
        int at = viewModel.search().find(needle, area.getCaretPosition(), matchCase.isSelected());
        if (at < 0) {
            result.setText("Not found");
            return;
        }
        result.setText("");
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
    }

    private void replaceOne() {
        String selected = area.getSelectedText();
        boolean matches = matchCase.isSelected() ? selected.equals(find.getText())
                : selected.equalsIgnoreCase(find.getText());
        if (!selected.isEmpty() && matches) {
            area.replaceSelection(replace.getText());
        }
        next();
    }
}
