package io.switchboard.flow.mapping;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A mapping compiled to JSLT text, with the mapping path (a JSON pointer into the mapping file) of the rule that
 * produced each line, so that an error in line 17 of the template can be reported as "rules[3].expression".
 */
public record GeneratedTemplate(String text, NavigableMap<Integer, RuleOrigin> originByLine) {

    /** Where a template line came from: the rule's pointer in the mapping file and the target path it fills. */
    public record RuleOrigin(String pointer, String targetPath) {
    }

    public GeneratedTemplate {
        originByLine = new TreeMap<>(originByLine);
    }

    /** The rule that produced the given template line, or the nearest one above it. */
    public RuleOrigin originOf(int line) {
        Map.Entry<Integer, RuleOrigin> entry = originByLine.floorEntry(line);
        return entry == null ? new RuleOrigin("", "$") : entry.getValue();
    }
}
