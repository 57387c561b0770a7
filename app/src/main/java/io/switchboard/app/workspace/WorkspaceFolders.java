package io.switchboard.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A new workspace: the folders a team keeps in git, and {@code .switchboard/} for the studio's own settings. */
public final class WorkspaceFolders {

    public static final List<String> FOLDERS = List.of("contracts", "mappings", "flows", "samples", ".switchboard");

    private WorkspaceFolders() {
    }

    /**
     * Creates the folders in {@code root} (made if missing). A folder that already holds files other than a
     * workspace's is refused, so that no one turns their home folder into a workspace by a slip.
     */
    public static Path create(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder)) {
            throw new IOException(folder + " is a file, not a folder");
        }
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                List<String> foreign = entries.map(path -> path.getFileName().toString())
                        .filter(name -> !FOLDERS.contains(name) && !name.equals(".git") && !name.startsWith("README"))
                        .limit(3).toList();
                if (!foreign.isEmpty()) {
                    throw new IOException(folder + " already holds other files (" + String.join(", ", foreign)
                            + "); choose an empty folder for a new workspace, or open this one");
                }
            }
        }
        for (String name : FOLDERS) {
            Files.createDirectories(folder.resolve(name));
        }
        return folder;
    }
}
