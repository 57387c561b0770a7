package io.switchboard.flow.source;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader over a text that is already in memory, in linear time.
 *
 * <p>SnakeYAML's own reader keeps a window of the input and, each time the scanner looks 1,024 characters further
 * ahead, copies the whole window: a scalar without spaces (a base64 example, a long URL) is scanned by looking
 * ahead to its end, so 8 MB of it took 12 s, four times as long as 4 MB. Our files are read whole anyway (their
 * size is bounded), so this reader holds the text's code points once and never copies them.
 */
public final class WholeTextReader extends StreamReader {

    private static final String NAME = "'reader'";

    private final int[] codePoints;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    public WholeTextReader(String text) {
        // The inherited window is never filled: every method below reads the code points instead.
        super(new StringReader(""));
        this.codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (!isPrintable(codePoints[i])) {
                throw new ReaderException(NAME, i, codePoints[i], "special characters are not allowed");
            }
        }
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < codePoints.length; i++) {
            int c = codePoints[pointer++];
            index++;
            documentIndex++;
            boolean lineBreak = Constant.LINEBR.has(c)
                    || (c == '\r' && pointer < codePoints.length && codePoints[pointer] != '\n');
            if (lineBreak) {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    /** The code point {@code offset} places ahead, or 0 past the end, as SnakeYAML's scanner expects. */
    @Override
    public int peek(int offset) {
        int at = pointer + offset;
        return at < codePoints.length ? codePoints[at] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0 || pointer >= codePoints.length) {
            return "";
        }
        return new String(codePoints, pointer, Math.min(length, codePoints.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getLine() {
        return line;
    }
}
