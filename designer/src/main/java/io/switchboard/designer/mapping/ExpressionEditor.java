package io.switchboard.designer.mapping;

import io.switchboard.flow.jslt.Token;
import io.switchboard.flow.jslt.Tokenizer;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.validation.ExpressionChecker;
import io.switchboard.flow.validation.ExpressionProblem;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The selected target field's expression as text: highlighted as it is typed, a compile error marked at its
 * position, applied with Enter (Shift+Enter for a new line) or the Apply button. Applying is an edit of the mapping,
 * so the lines follow the text.
 */
final class ExpressionEditor extends VBox {

    private final ExpressionViewModel viewModel;
    private final CodeArea area = new CodeArea();
    private final Label title = new Label();
    private final Label problem = new Label();
    private final Button apply = new Button("Apply");

    ExpressionEditor(ExpressionViewModel viewModel) {
        this.viewModel = viewModel;
        setId("expression-editor");
        getStyleClass().add("expression-editor");
        area.setId("expression-text");
        area.getStyleClass().add("expression-area");
        area.setWrapText(true);
        area.setPrefHeight(64);
        area.textProperty().addListener((observable, old, now) -> {
            viewModel.textProperty().set(now);
            highlight();
        });
        viewModel.textProperty().addListener((observable, old, now) -> {
            if (!area.getText().equals(now)) {
                area.replaceText(now);
            }
        });
        viewModel.checkProperty().addListener((observable, old, now) -> highlight());
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShiftDown() && !event.isShortcutDown()) {
                viewModel.apply();
                event.consume();
            }
        });
        area.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                viewModel.apply();
            }
        });
        area.disableProperty().bind(viewModel.editableProperty().not());
        apply.disableProperty().bind(viewModel.editableProperty().not());
        apply.setId("expression-apply");
        apply.setOnAction(event -> viewModel.apply());
        title.getStyleClass().add("section-title");
        title.textProperty().bind(viewModel.titleProperty());
        problem.setId("expression-problem");
        problem.getStyleClass().add("expression-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        HBox row = new HBox(8, area, apply);
        HBox.setHgrow(area, Priority.ALWAYS);
        getChildren().addAll(title, row, problem);
        area.replaceText(viewModel.textProperty().get());
    }

    /** Colours the text; the error mark only when the check was made for this very text. */
    private void highlight() {
        String text = area.getText();
        ExpressionViewModel.Check check = viewModel.checkProperty().get();
        area.setStyleSpans(0, spans(text, check.text().equals(text) ? check.problem() : Optional.empty()));
    }

    /** Token styles, and the error style over the token at the problem's position. */
    static StyleSpans<Collection<String>> spans(String text, Optional<ExpressionProblem> problem) {
        int errorAt = problem.filter(p -> p.line() > 0).map(p -> offsetOf(text, p.line(), p.column())).orElse(-1);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Token token : Tokenizer.tokens(text)) {
            if (token.start() > at) {
                spans.add(List.of(), token.start() - at);
            }
            boolean error = errorAt >= token.start() && errorAt < Math.max(token.end(), token.start() + 1);
            String style = "jslt-" + token.kind().name().toLowerCase().replace('_', '-');
            spans.add(error ? List.of(style, "jslt-error") : List.of(style), token.end() - token.start());
            at = token.end();
        }
        spans.add(errorAt >= at ? List.of("jslt-error") : List.of(), text.length() - at);
        return spans.create();
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line && offset >= 0; current++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    CodeArea area() {
        return area;
    }
}
