package io.switchboard.designer.contract.highlight;

import java.util.function.IntFunction;

/**
 * Whether a YAML line is inside a block scalar ({@code description: |} and the indented lines after it): the one
 * piece of context a line's colours depend on. Looks back a bounded number of lines, so it costs the same in any file.
 */
public final class BlockScalars {

    private static final int LOOK_BACK = 400;

    private BlockScalars() {
    }

    public static boolean inside(IntFunction<String> lines, int index) {
        String line = lines.apply(index);
        int indent = indentOf(line);
        if (line.isBlank()) {
            indent = Integer.MAX_VALUE;
        }
        for (int i = index - 1; i >= 0 && i >= index - LOOK_BACK; i--) {
            String previous = lines.apply(i);
            if (previous.isBlank()) {
                continue;
            }
            int previousIndent = indentOf(previous);
            if (previousIndent < indent) {
                return opensBlock(previous);
            }
        }
        return false;
    }

    private static boolean opensBlock(String line) {
        String trimmed = line.stripTrailing();
        int hash = trimmed.indexOf(" #");
        if (hash >= 0) {
            trimmed = trimmed.substring(0, hash).stripTrailing();
        }
        return trimmed.matches(".*(:|^\\s*-)\\s+[|>][+-]?[0-9]?$") || trimmed.matches("^\\s*[|>][+-]?$");
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
