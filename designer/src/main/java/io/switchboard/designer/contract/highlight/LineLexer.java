package io.switchboard.designer.contract.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one line of a YAML or JSON contract into styled runs: keys, strings, numbers, literals, {@code $ref}s,
 * comments. One line at a time, so a keystroke in a 10 MB file restyles one line, not the file; the only context a
 * YAML line needs, whether it sits inside a block scalar, is passed in.
 */
public final class LineLexer {

    public static final String KEY = "key";
    public static final String STRING = "string";
    public static final String NUMBER = "number";
    public static final String LITERAL = "literal";
    public static final String REF = "ref";
    public static final String COMMENT = "comment";
    public static final String PUNCTUATION = "punctuation";

    private static final Pattern YAML_KEY = Pattern.compile(
            "^(\\s*(?:-\\s+)*)(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"\\-{\\[][^#]*?|-[^\\s#][^#]*?)(:)(?=\\s|$)");
    private static final Pattern YAML_ITEM = Pattern.compile("^(\\s*(?:-\\s+)+)");
    private static final Pattern NUMBER_TEXT = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern JSON_TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"?|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\],:]");

    private LineLexer() {
    }

    public static List<Token> yaml(String line, boolean insideBlockScalar) {
        List<Token> tokens = new ArrayList<>();
        if (insideBlockScalar) {
            tokens.add(new Token(STRING, line.length()));
            return tokens;
        }
        int position = 0;
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#")) {
            add(tokens, "", line.length() - trimmed.length());
            add(tokens, COMMENT, trimmed.length());
            return tokens;
        }
        Matcher key = YAML_KEY.matcher(line);
        boolean ref = false;
        if (key.find()) {
            add(tokens, "", key.group(1).length());
            ref = key.group(2).equals("$ref") || key.group(2).equals("\"$ref\"") || key.group(2).equals("'$ref'");
            add(tokens, ref ? REF : KEY, key.group(2).length());
            add(tokens, PUNCTUATION, 1);
            position = key.end();
        } else {
            Matcher item = YAML_ITEM.matcher(line);
            if (item.find()) {
                add(tokens, "", item.end());
                position = item.end();
            }
        }
        yamlValue(line, position, ref, tokens);
        return tokens;
    }

    private static void yamlValue(String line, int start, boolean ref, List<Token> tokens) {
        int position = start;
        while (position < line.length() && line.charAt(position) == ' ') {
            position++;
        }
        add(tokens, "", position - start);
        if (position >= line.length()) {
            return;
        }
        int comment = commentStart(line, position);
        String value = line.substring(position, comment).stripTrailing();
        String style = ref ? REF : valueStyle(value);
        add(tokens, style, value.length());
        add(tokens, "", comment - position - value.length());
        add(tokens, COMMENT, line.length() - comment);
    }

    private static String valueStyle(String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (value.startsWith("|") || value.startsWith(">") || value.startsWith("&") || value.startsWith("*")) {
            return PUNCTUATION;
        }
        if (value.equals("true") || value.equals("false") || value.equals("null") || value.equals("~")) {
            return LITERAL;
        }
        if (NUMBER_TEXT.matcher(value).matches()) {
            return NUMBER;
        }
        if (value.startsWith("{") || value.startsWith("[")) {
            return PUNCTUATION;
        }
        return STRING;
    }

    /** Where a comment starts outside quotes ({@code #} after a space), or the line's end. */
    private static int commentStart(String line, int from) {
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if ((c == '"' || c == '\'') && i == from) {
                quote = c;
            } else if (c == '#' && (i == from || line.charAt(i - 1) == ' ')) {
                return i;
            }
        }
        return line.length();
    }

    public static List<Token> json(String line) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = JSON_TOKEN.matcher(line);
        int position = 0;
        boolean refValue = false;
        while (matcher.find()) {
            add(tokens, "", matcher.start() - position);
            String text = matcher.group();
            String style;
            if (text.startsWith("\"")) {
                boolean isKey = nextNonSpace(line, matcher.end()) == ':';
                if (isKey) {
                    refValue = text.equals("\"$ref\"");
                    style = refValue ? REF : KEY;
                } else {
                    style = refValue ? REF : STRING;
                    refValue = false;
                }
            } else if (Character.isDigit(text.charAt(0)) || text.charAt(0) == '-') {
                style = NUMBER;
            } else if (text.equals("true") || text.equals("false") || text.equals("null")) {
                style = LITERAL;
            } else {
                style = PUNCTUATION;
            }
            add(tokens, style, text.length());
            position = matcher.end();
        }
        add(tokens, "", line.length() - position);
        return tokens;
    }

    private static char nextNonSpace(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return 0;
    }

    private static void add(List<Token> tokens, String style, int length) {
        if (length <= 0) {
            return;
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).style().equals(style)) {
            Token last = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(style, last.length() + length));
        } else {
            tokens.add(new Token(style, length));
        }
    }
}
