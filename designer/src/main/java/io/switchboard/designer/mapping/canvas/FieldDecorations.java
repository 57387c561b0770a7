package io.switchboard.designer.mapping.canvas;

import io.switchboard.designer.mapping.model.MappingFinding;
import io.switchboard.designer.mapping.model.MappingLine;
import io.switchboard.flow.validation.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the field cells show besides the field: whether it is mapped, its worst finding, whether its value changed. */
final class FieldDecorations {

    /** Counts changes: the visible cells listen to it and repaint themselves, without rebuilding the tree's cells. */
    private final javafx.beans.property.IntegerProperty version = new javafx.beans.property.SimpleIntegerProperty();

    private final Set<List<String>> mapped = new HashSet<>();
    private final Map<List<String>, MappingFinding> findings = new HashMap<>();
    private Set<List<String>> changed = Set.of();
    private List<String> failing = List.of();

    void update(List<MappingLine> lines, List<MappingFinding> current, boolean sourceSide) {
        mapped.clear();
        for (MappingLine line : lines) {
            mapped.add(sourceSide ? line.source() : line.target());
        }
        findings.clear();
        if (!sourceSide) {
            for (MappingFinding finding : current) {
                findings.merge(finding.targetPath(), finding,
                        (a, b) -> a.severity() == Severity.ERROR ? a : b);
            }
        }
    }

    void preview(Set<List<String>> changedPaths, List<String> failingPath) {
        changed = changedPaths;
        failing = failingPath;
    }

    javafx.beans.property.ReadOnlyIntegerProperty versionProperty() {
        return version;
    }

    void changed() {
        version.set(version.get() + 1);
    }

    boolean mapped(List<String> path) {
        return mapped.contains(path);
    }

    MappingFinding finding(List<String> path) {
        return findings.get(path);
    }

    boolean changed(List<String> path) {
        return changed.contains(path);
    }

    boolean failing(List<String> path) {
        return !failing.isEmpty() && failing.equals(path);
    }
}
