package io.switchboard.designer.deploy;

import com.github.difflib.text.DiffRow;
import java.util.List;

/**
 * One file of a flow's bundle as a deploy changes it: added, removed, changed or the same, with its lines side by
 * side (the old version's and the new one's).
 */
public record BundleChange(String path, Kind kind, List<DiffRow> rows, int changedLines) {

    public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }

    public BundleChange {
        rows = List.copyOf(rows);
    }

    /** "changed · 2 lines", as the file list shows it. */
    public String summary() {
        return switch (kind) {
            case ADDED -> "new";
            case REMOVED -> "no longer used";
            case UNCHANGED -> "unchanged";
            case CHANGED -> "changed · " + changedLines + (changedLines == 1 ? " line" : " lines");
        };
    }
}
