package io.switchboard.flow.jslt;

import io.switchboard.flow.jslt.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a JSLT expression into tokens: the one statement of JSLT's lexical rules, used for highlighting, for
 * finding which source fields an expression reads, for checking its variables, and for writing paths. Never fails: text it cannot read becomes {@link Kind#UNKNOWN} tokens, since it runs on every keystroke.
 */
public final class Tokenizer {

    private static final Set<String> KEYWORDS = Set.of("if", "else", "let", "for", "def", "and", "or", "not",
            "true", "false", "null", "import", "as");

    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = text.indexOf('\n', i);
                i = i < 0 ? text.length() : i;
                kind = Kind.COMMENT;
            } else if (c == '"') {
                i = endOfString(text, i);
                kind = Kind.STRING;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
                    && !endsValue(tokens)) {
                i = endOfNumber(text, i + 1);
                kind = Kind.NUMBER;
            } else if (c == '.') {
                i = endOfPath(text, i);
                kind = adjacentToValue(tokens, start) ? Kind.CHAINED_PATH : Kind.PATH;
            } else if (c == '$') {
                i = endOfIdentifier(text, i + 1);
                kind = Kind.VARIABLE;
            } else if (isIdentifierStart(c)) {
                i = endOfIdentifier(text, i);
                String word = text.substring(start, i);
                kind = KEYWORDS.contains(word) ? Kind.KEYWORD
                        : nextNonSpace(text, i) == '(' ? Kind.FUNCTION : Kind.IDENTIFIER;
            } else if (c == '(' || c == '[' || c == '{') {
                i++;
                kind = Kind.OPEN;
            } else if (c == ')' || c == ']' || c == '}') {
                i++;
                kind = Kind.CLOSE;
            } else if ("+-*/%<>=!,:|".indexOf(c) >= 0) {
                i++;
                while (i < text.length() && "=".indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                kind = Kind.OPERATOR;
            } else {
                i++;
                kind = Kind.UNKNOWN;
            }
            tokens.add(new Token(kind, start, i, text.substring(start, i)));
        }
        return tokens;
    }

    /** The offset just after the string literal that opens at {@code open}, or the end when it is unclosed. */
    public static int endOfString(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** JSLT's names: an ASCII letter or underscore, then letters, digits, underscores and dashes. */
    public static boolean isIdentifierStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** A name goes on with these; a colon joins a function's prefix to its name ({@code string:split}). */
    public static boolean isIdentifierPart(char c) {
        return isNamePart(c) || c == ':';
    }

    private static boolean isNamePart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9' || c == '-';
    }

    /** Whether a field name can follow a dot as it is ({@code .postalCode}); others are quoted ({@code ."a b"}). */
    public static boolean isPlainName(String name) {
        if (name.isEmpty() || !isIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isNamePart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int endOfIdentifier(String text, int from) {
        int i = from;
        while (i < text.length() && isIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endOfNumber(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || ".eE".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** {@code .a.b}, {@code ."a b".c}, or a lone dot; index brackets are separate tokens. */
    private static int endOfPath(String text, int dot) {
        int i = dot;
        while (i < text.length() && text.charAt(i) == '.') {
            i++;
            if (i < text.length() && text.charAt(i) == '"') {
                i = endOfString(text, i);
            } else {
                i = endOfIdentifier(text, i);
            }
        }
        return i;
    }

    private static boolean adjacentToValue(List<Token> tokens, int start) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.end() == start && (last.kind() == Kind.VARIABLE || last.kind() == Kind.PATH
                || last.kind() == Kind.CHAINED_PATH || last.kind() == Kind.CLOSE && !last.text().equals("}")
                || last.kind() == Kind.IDENTIFIER);
    }

    private static boolean endsValue(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Kind last = tokens.get(tokens.size() - 1).kind();
        return last == Kind.NUMBER || last == Kind.PATH || last == Kind.VARIABLE || last == Kind.STRING
                || last == Kind.CLOSE || last == Kind.IDENTIFIER || last == Kind.CHAINED_PATH;
    }

    private static char nextNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : 0;
    }
}
