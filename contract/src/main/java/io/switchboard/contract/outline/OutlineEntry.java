package io.switchboard.contract.outline;

import io.switchboard.flow.source.Location;
import java.util.List;

/**
 * One line of a contract's outline.
 *
 * @param kind     what the entry is, which decides its icon or badge
 * @param label    what the outline shows ({@code /pets}, {@code Pet}, {@code https://api.example.com})
 * @param method   for an operation, its method in lower case; empty otherwise
 * @param summary  a second, quieter text: an operation's summary or operationId, a server's description
 */
public record OutlineEntry(Kind kind, String label, String method, String summary, String pointer,
                           Location location, List<OutlineEntry> children) {

    public enum Kind { SECTION, SERVER, PATH, OPERATION, GROUP, COMPONENT, TAG }

    /** Whether this entry or anything below it matches a filter typed into the outline. */
    public boolean matches(String filter) {
        String lower = filter.toLowerCase(java.util.Locale.ROOT);
        return label.toLowerCase(java.util.Locale.ROOT).contains(lower)
                || summary.toLowerCase(java.util.Locale.ROOT).contains(lower)
                || (!method.isEmpty() && (method + " " + label).contains(lower))
                || children.stream().anyMatch(child -> child.matches(filter));
    }

    /** A copy keeping only what matches; a section or path that matches keeps all of its children. */
    public OutlineEntry filtered(String filter) {
        if (filter.isBlank() || ownMatch(filter)) {
            return this;
        }
        return new OutlineEntry(kind, label, method, summary, pointer, location,
                children.stream().filter(child -> child.matches(filter)).map(child -> child.filtered(filter))
                        .toList());
    }

    private boolean ownMatch(String filter) {
        if (kind == Kind.SECTION || kind == Kind.GROUP) {
            return false;
        }
        String lower = filter.toLowerCase(java.util.Locale.ROOT);
        return label.toLowerCase(java.util.Locale.ROOT).contains(lower)
                || summary.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }
}
