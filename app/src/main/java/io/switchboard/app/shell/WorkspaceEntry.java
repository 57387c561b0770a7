package io.switchboard.app.shell;

import java.nio.file.Path;

/** One file of the workspace as a perspective lists it. */
public record WorkspaceEntry(Kind kind, Path path) {

    public enum Kind { CONTRACT, MAPPING, FLOW, SAMPLE }

    public String label() {
        return path.getFileName().toString();
    }
}
