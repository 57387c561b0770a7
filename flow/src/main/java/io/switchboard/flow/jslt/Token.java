package io.switchboard.flow.jslt;

/** One token of a JSLT expression: what it is and where, as offsets into the text (end exclusive). */
public record Token(Kind kind, int start, int end, String text) {

    public enum Kind {
        COMMENT, STRING, NUMBER,
        /** {@code .a.b}, or {@code .} alone: the current item. */
        PATH,
        /** A path applied to the value before it ({@code $x.a}, {@code f(.x).a}): not read from the input. */
        CHAINED_PATH,
        VARIABLE, FUNCTION, KEYWORD, IDENTIFIER, OPEN, CLOSE, OPERATOR, UNKNOWN
    }

    /** For a path, its field names: {@code .a."b c".d} gives a, b c, d; the current item gives none. */
    public java.util.List<String> fields() {
        java.util.List<String> fields = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '.') {
                i++;
                continue;
            }
            i++;
            if (i < text.length() && text.charAt(i) == '"') {
                int close = Tokenizer.endOfString(text, i);
                fields.add(text.substring(i + 1, Math.max(i + 1, close - 1)).replace("\\\"", "\""));
                i = close;
            } else {
                int start = i;
                while (i < text.length() && Tokenizer.isIdentifierPart(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    fields.add(text.substring(start, i));
                }
            }
        }
        return fields;
    }
}
