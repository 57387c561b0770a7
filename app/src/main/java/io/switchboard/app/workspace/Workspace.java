package io.switchboard.app.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A workspace as a team keeps it in git: {@code contracts/}, {@code mappings/}, {@code flows/}, {@code samples/}.
 * The file lists are relative to the root.
 */
public record Workspace(Path root, List<Path> contracts, List<Path> mappings, List<Path> flows, List<Path> samples,
                        List<String> problems) {

    public Workspace {
        contracts = List.copyOf(contracts);
        mappings = List.copyOf(mappings);
        flows = List.copyOf(flows);
        samples = List.copyOf(samples);
        problems = List.copyOf(problems);
    }

    public String name() {
        Path fileName = root.getFileName();
        return fileName == null ? root.toString() : fileName.toString();
    }
}
