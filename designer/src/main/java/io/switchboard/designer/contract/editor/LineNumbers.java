package io.switchboard.designer.contract.editor;

import java.util.Locale;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;

/**
 * The gutter's line numbers: a plain label per shown line, padded to the width of the largest number. RichTextFX's
 * own factory binds every label to the paragraph count and, after each insertion, asks for a layout of the whole
 * viewport (a check for folded paragraphs, which contracts do not use): while a large file goes in a piece at a
 * time, that held the FX thread for 100-160 ms a piece. Here the labels are re-made only when the number of digits
 * changes.
 */
public final class LineNumbers {

    private final Runnable widthChanged;
    private int digits;
    private int expected;

    /** {@code widthChanged} runs when the numbers need another digit (or one fewer): the gutter is to be re-made. */
    LineNumbers(CodeArea area, Runnable widthChanged) {
        this.widthChanged = widthChanged;
        this.digits = digitsOf(area.getParagraphs().size());
        area.getParagraphs().sizeProperty().addListener((observable, old, now) -> fit(now));
    }

    /**
     * Tells how many lines a text going in will have ({@code 0} once it is in): the width is set for them at once,
     * instead of growing, and making the gutter again, while the pieces arrive.
     */
    void expect(int lines, int now) {
        expected = lines;
        fit(now);
    }

    private void fit(int lines) {
        int needed = digitsOf(Math.max(lines, expected));
        if (needed != digits) {
            digits = needed;
            widthChanged.run();
        }
    }

    /** Puts a gutter of line numbers alone on a read-only area (the review's sides). */
    public static void install(CodeArea area) {
        LineNumbers[] numbers = new LineNumbers[1];
        java.util.function.IntFunction<javafx.scene.Node> gutter = paragraph -> {
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(numbers[0].of(paragraph));
            box.getStyleClass().add("lineno");
            return box;
        };
        numbers[0] = new LineNumbers(area, () -> area.setParagraphGraphicFactory(gutter));
        area.setParagraphGraphicFactory(gutter);
    }

    /** A plain text node, not a label: a label's skin costs more than the line's text, and one is made per line. */
    Text of(int paragraph) {
        Text number = new Text(String.format(Locale.ROOT, "%" + digits + "d", paragraph + 1));
        number.getStyleClass().add("lineno-number");
        return number;
    }

    static int digitsOf(int lines) {
        return Math.max(1, String.valueOf(Math.max(1, lines)).length());
    }
}
