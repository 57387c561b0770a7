package io.switchboard.flow.source;

/**
 * Parsers quote what they choked on ({@code Unrecognized token 'secret'}), which is a file's or a payload's text.
 * Where a message may reach someone who must not see that text, the quoted parts are dropped: one rule, here.
 */
public final class Quotes {

    private Quotes() {
    }

    /** The text with every single- or double-quoted part (within a line) replaced by an ellipsis. */
    public static String removed(String text) {
        return text == null ? null
                : text.replaceAll("'[^'\\n]*'", "'…'").replaceAll("\"[^\"\\n]*\"", "\"…\"");
    }
}
