package io.switchboard.contract.edit;

import io.switchboard.flow.source.Location;

/** Line and column (1-based) to character offsets and back, over one text. */
final class TextPositions {

    private final String text;
    private final int[] lineStarts;

    TextPositions(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    int offset(Location location) {
        return lineStarts[location.line() - 1] + location.column() - 1;
    }

    int lineCount() {
        return lineStarts.length;
    }

    int lineStart(int line) {
        return line > lineStarts.length ? text.length() : lineStarts[line - 1];
    }

    String line(int line) {
        int start = lineStart(line);
        int end = line >= lineStarts.length ? text.length() : lineStarts[line] - 1;
        return text.substring(start, Math.max(start, end));
    }

    static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
