package io.switchboard.designer.mapping;

import io.switchboard.flow.jslt.Token;
import io.switchboard.flow.jslt.Tokenizer;
import java.util.List;

/** Combining a further source into a field's expression: into a concat's list, or joined with a space. */
final class Concatenation {

    private static final String JOIN = "join([";

    private Concatenation() {
    }

    static String append(String existing, String addition) {
        String trimmed = existing.strip();
        if (trimmed.startsWith(JOIN)) {
            int close = closingBracket(trimmed, JOIN.length() - 1);
            if (close > 0) {
                String inside = trimmed.substring(JOIN.length(), close).strip();
                return JOIN + inside + (inside.isEmpty() ? "" : ", ") + addition + trimmed.substring(close);
            }
        }
        return existing + " + \" \" + " + addition;
    }

    /** The offset of the bracket that closes the one at {@code open}, skipping strings; -1 when none. */
    private static int closingBracket(String text, int open) {
        List<Token> tokens = Tokenizer.tokens(text);
        int depth = 0;
        for (Token token : tokens) {
            if (token.start() < open) {
                continue;
            }
            if (token.kind() == Token.Kind.OPEN) {
                depth++;
            } else if (token.kind() == Token.Kind.CLOSE && --depth == 0) {
                return token.start();
            }
        }
        return -1;
    }
}
