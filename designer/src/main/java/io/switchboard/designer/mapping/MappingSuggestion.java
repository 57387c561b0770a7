package io.switchboard.designer.mapping;

import io.switchboard.flow.schema.FieldNode;

/** A proposed line: a source field for a target field, with how sure the proposal is (0 to 1). */
public record MappingSuggestion(FieldNode source, FieldNode target, double confidence) {

    public String describe() {
        return String.join(".", source.path()) + " → " + String.join(".", target.path())
                + String.format(java.util.Locale.ROOT, " (%.0f%%)", confidence * 100);
    }
}
