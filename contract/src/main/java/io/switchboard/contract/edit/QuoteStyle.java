package io.switchboard.contract.edit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotes a YAML file uses for its quoted scalars, so that text added to it by a form quotes the same way:
 * single quotes where the file mostly uses them ({@code '200':}), double quotes otherwise.
 */
enum QuoteStyle {
    SINGLE, DOUBLE;

    /** A quoted scalar starting a value or an item or a key: after a line's indentation, "- " or ": ". */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?m)(?:^\\s*(?:-\\s+)?|:\\s+)'");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("(?m)(?:^\\s*(?:-\\s+)?|:\\s+)\"");
    /** A double-quoted scalar as the YAML writer makes them. */
    private static final Pattern WRITTEN = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    static QuoteStyle of(String yaml) {
        return count(SINGLE_QUOTED, yaml) > count(DOUBLE_QUOTED, yaml) ? SINGLE : DOUBLE;
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        for (Matcher matcher = pattern.matcher(text); matcher.find(); ) {
            count++;
        }
        return count;
    }

    /**
     * Rewrites the writer's double-quoted scalars in this style. A scalar with an escape or a single quote in it
     * stays double-quoted: single quotes cannot say the same.
     */
    String apply(String written) {
        if (this == DOUBLE) {
            return written;
        }
        Matcher matcher = WRITTEN.matcher(written);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String content = matcher.group(1);
            boolean plain = content.indexOf('\\') < 0 && content.indexOf('\'') < 0;
            matcher.appendReplacement(out, Matcher.quoteReplacement(plain ? "'" + content + "'" : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
