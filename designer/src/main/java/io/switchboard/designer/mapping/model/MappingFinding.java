package io.switchboard.designer.mapping.model;

import io.switchboard.flow.validation.Severity;
import java.util.List;

/**
 * A problem with the mapping being edited, at the target field it concerns (empty path: the mapping as a whole,
 * or a variable, named in the message).
 */
public record MappingFinding(Severity severity, Kind kind, List<String> targetPath, String message) {

    public enum Kind { UNMAPPED_REQUIRED, TYPE_MISMATCH, MISSING_SOURCE, ARRAY_MISMATCH, INVALID_EXPRESSION }

    public String fieldLabel() {
        return targetPath.isEmpty() ? "mapping" : String.join(".", targetPath);
    }
}
