package io.switchboard.designer.contract.editor;

import io.switchboard.fx.task.Tasks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * Puts a large text into a code area a piece at a time, so that the first screen shows at once and the FX thread
 * is never held long: each piece's document is built in the background (most of the cost), and appended on the FX
 * thread (measured on GitHub's 9.9 MB spec: at most 70-110 ms a piece of 5,000 lines, against 0.6-1.2 s for the
 * whole text in one piece). A newer load stops an older one. A text of one piece goes in at once.
 */
final class TextLoader {

    static final int LINES_PER_PIECE = 5_000;

    private final CodeArea area;
    private final Tasks tasks;
    private long generation;

    TextLoader(CodeArea area, Tasks tasks) {
        this.area = area;
        this.tasks = tasks;
    }

    /**
     * Replaces the area's text; {@code shown} runs once the first piece is in, {@code done} once all of it is.
     * {@code firstPiece} may change the first piece's document before it goes in (in the background): to colour
     * the first screen, say.
     */
    void load(String text, UnaryOperator<StyledDocument<Collection<String>, String, Collection<String>>> firstPiece,
              Runnable shown, Runnable done) {
        long ticket = ++generation;
        List<int[]> pieces = pieces(text);
        if (pieces.size() == 1) {
            area.replace(0, area.getLength(), firstPiece.apply(document(text)));
            shown.run();
            done.run();
            return;
        }
        area.replaceText("");
        append(ticket, text, pieces, 0, firstPiece, shown, done);
    }

    private void append(long ticket, String text, List<int[]> pieces, int index,
                        UnaryOperator<StyledDocument<Collection<String>, String, Collection<String>>> firstPiece,
                        Runnable shown, Runnable done) {
        if (index == pieces.size()) {
            done.run();
            return;
        }
        int[] piece = pieces.get(index);
        tasks.run(() -> {
            var document = document(text.substring(piece[0], piece[1]));
            return index == 0 ? firstPiece.apply(document) : document;
        }, document -> {
            if (ticket != generation) {
                return;
            }
            int end = area.getLength();
            area.replace(end, end, document);
            if (index == 0) {
                shown.run();
            }
            append(ticket, text, pieces, index + 1, firstPiece, shown, done);
        }, failure -> {
            if (ticket == generation) {
                // Logged by the tasks; the text still goes in, in one piece.
                area.replaceText(text);
                done.run();
            }
        });
    }

    private static StyledDocument<Collection<String>, String, Collection<String>> document(String piece) {
        return ReadOnlyStyledDocument.fromString(piece, List.of(), List.of(), SegmentOps.styledTextOps());
    }

    /** How many lines a text has, as the area counts them (one more than its line breaks). */
    static int lines(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }

    /** Start and end offsets of pieces of {@link #LINES_PER_PIECE} lines each, cut after a line break. */
    static List<int[]> pieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        int start = 0;
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (++lines == LINES_PER_PIECE) {
                pieces.add(new int[] {start, i + 1});
                start = i + 1;
                lines = 0;
            }
        }
        if (start < text.length() || pieces.isEmpty()) {
            pieces.add(new int[] {start, text.length()});
        }
        return pieces;
    }
}
