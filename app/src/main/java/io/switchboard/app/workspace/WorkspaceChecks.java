package io.switchboard.app.workspace;

import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every file of a workspace for the project tree: flows and mappings as a deploy loads them, contracts and
 * samples as well-formed YAML or JSON (the contract editor lints the one it has open). Does file I/O.
 */
public final class WorkspaceChecks {

    private final DefinitionLoader loader;

    public WorkspaceChecks(DefinitionLoader loader) {
        this.loader = loader;
    }

    /** Each file's state, by its path relative to the workspace. */
    public Map<Path, FileState> check(Workspace workspace) {
        Map<Path, FileState> states = new LinkedHashMap<>();
        for (Path relative : workspace.flows()) {
            states.put(relative, definition(workspace.root().resolve(relative)));
        }
        for (Path relative : workspace.mappings()) {
            states.put(relative, definition(workspace.root().resolve(relative)));
        }
        for (Path relative : workspace.contracts()) {
            states.put(relative, wellFormed(workspace.root().resolve(relative)));
        }
        for (Path relative : workspace.samples()) {
            String name = relative.getFileName().toString();
            if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                states.put(relative, wellFormed(workspace.root().resolve(relative)));
            }
        }
        return states;
    }

    private FileState definition(Path file) {
        List<Finding> errors = loader.validate(file).stream().filter(Finding::isError).toList();
        return errors.isEmpty() ? FileState.VALID : FileState.findings(errors.size(), errors.get(0).format());
    }

    private static FileState wellFormed(Path file) {
        try {
            SourceDocument.read(file);
            return FileState.VALID;
        } catch (SourceFormatException e) {
            return FileState.findings(1, file.getFileName() + " " + e.location() + ": " + e.getMessage());
        } catch (IOException e) {
            return FileState.findings(1, "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }
}
