package io.switchboard.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads which files a workspace folder holds. Does file I/O: call it off the FX thread. */
public final class WorkspaceScanner {

    public Workspace scan(Path root) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add("workspace folder not found: " + root);
        }
        return new Workspace(root,
                // Review notes live beside the contracts (<name>.review.json) but are not contracts.
                list(root, "contracts", name -> name.endsWith(".yaml") || name.endsWith(".yml")
                        || name.endsWith(".json") && !name.endsWith(".review.json"), problems),
                list(root, "mappings", name -> name.endsWith(".mapping.json"), problems),
                list(root, "flows", name -> name.endsWith(".flow.json"), problems),
                list(root, "samples", name -> true, problems),
                problems);
    }

    private static List<Path> list(Path root, String folder, Predicate<String> accept, List<String> problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> accept.test(file.getFileName().toString()))
                    .map(root::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add("cannot list " + dir + ": " + e.getMessage());
            return List.of();
        }
    }
}
