package io.switchboard.monitor.failures;

import java.util.ArrayList;
import java.util.List;

/**
 * The colours of a payload: JSON keys, strings, numbers and literals; XML tags, attributes, values and comments;
 * masked values marked as such. A single pass over the text, made off the FX thread; what it does not know stays
 * plain.
 */
public final class PayloadStyles {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) take the style class {@code style}. */
    public record Span(int start, int end, String style) {
    }

    static final String MASK = "***";

    private PayloadStyles() {
    }

    public static List<Span> of(String text) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            return xml(text);
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(text);
        }
        return List.of();
    }

    private static List<Span> json(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = stringEnd(text, i);
                String style = followedByColon(text, end) ? "payload-key" : quoted(text, i, end);
                spans.add(new Span(i, end, style));
                i = end;
            } else if (c == '-' || Character.isDigit(c)) {
                int end = i + 1;
                while (end < length && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(new Span(i, end, "payload-number"));
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < length && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                spans.add(new Span(i, end, "payload-literal"));
                i = end;
            } else if ("{}[],:".indexOf(c) >= 0) {
                spans.add(new Span(i, i + 1, "payload-punctuation"));
                i++;
            } else {
                i++;
            }
        }
        return spans;
    }

    /** A quoted value from {@code start} (its opening quote) to {@code end}: masked, or a plain string. */
    private static String quoted(String text, int start, int end) {
        return end == start + MASK.length() + 2 && text.startsWith(MASK, start + 1) ? "payload-masked"
                : "payload-string";
    }

    private static int stringEnd(String text, int quote) {
        int i = quote + 1;
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

    private static boolean followedByColon(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    private static List<Span> xml(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                break;
            }
            if (text.startsWith("<!--", open)) {
                int close = text.indexOf("-->", open + 4);
                int end = close < 0 ? length : close + 3;
                spans.add(new Span(open, end, "payload-comment"));
                i = end;
                continue;
            }
            i = tag(text, open, spans);
        }
        return spans;
    }

    /** One tag from its {@code <}: its name, each attribute's name and value; answers where it ends. */
    private static int tag(String text, int open, List<Span> spans) {
        int length = text.length();
        int i = open + 1;
        while (i < length && (text.charAt(i) == '/' || text.charAt(i) == '?' || text.charAt(i) == '!')) {
            i++;
        }
        int nameEnd = nameEnd(text, i);
        spans.add(new Span(open, nameEnd, "payload-tag"));
        i = nameEnd;
        while (i < length && text.charAt(i) != '>') {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                int end = close < 0 ? length : close + 1;
                spans.add(new Span(i, end, quoted(text, i, end)));
                i = end;
            } else if (isNameChar(c)) {
                int end = nameEnd(text, i);
                spans.add(new Span(i, end, "payload-key"));
                i = end;
            } else if (c == '/' || c == '?') {
                spans.add(new Span(i, i + 1, "payload-tag"));
                i++;
            } else {
                i++;
            }
        }
        if (i < length) {
            spans.add(new Span(i, i + 1, "payload-tag"));
            i++;
        }
        return i;
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }
}
