package io.switchboard.flow.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a definition's references may lead: below one root folder (a deployed bundle, a workspace), judged after
 * {@code ..} and symbolic links are resolved. A reference that leaves it is refused before the file is opened, so
 * nothing of an outside file (not even a parse error quoting it) can come back.
 */
public final class FileScope {

    /** No confinement (the studio's own files, tools). */
    public static final FileScope ANYWHERE = new FileScope(null);

    private final Path root;

    private FileScope(Path root) {
        this.root = root;
    }

    /** References must stay below {@code root} (which must exist). */
    public static FileScope within(Path root) throws IOException {
        return new FileScope(root.toRealPath());
    }

    /**
     * The workspace a file belongs to: the nearest folder above it that holds {@code .switchboard/}, else the
     * nearest that holds one of a workspace's folders ({@code contracts}, {@code mappings}, {@code flows},
     * {@code samples}), else the file's own folder.
     */
    public static FileScope ofWorkspace(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        try {
            return within(workspaceRoot(folder));
        } catch (IOException e) {
            // A file whose folder cannot be resolved has no readable neighbours either: nothing outside it.
            return new FileScope(folder);
        }
    }

    static Path workspaceRoot(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve(".switchboard"))) {
                return at;
            }
        }
        for (Path at = folder; at != null; at = at.getParent()) {
            for (String part : WORKSPACE_FOLDERS) {
                if (Files.isDirectory(at.resolve(part))) {
                    return at;
                }
            }
        }
        return folder;
    }

    private static final String[] WORKSPACE_FOLDERS = {"contracts", "mappings", "flows", "samples"};

    /** The file, when it lies inside; otherwise a {@link OutsideScopeException} naming the reference. */
    public Path check(Path file) throws OutsideScopeException {
        if (root == null) {
            return file;
        }
        Path normalized = file.toAbsolutePath().normalize();
        Path real;
        try {
            real = Files.exists(normalized) ? normalized.toRealPath() : realParent(normalized);
        } catch (IOException e) {
            throw new OutsideScopeException(file + " cannot be resolved: " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new OutsideScopeException(file.getFileName() + " resolves outside " + root.getFileName()
                    + " (references stay inside the bundle or workspace, also through links)");
        }
        return normalized;
    }

    /** A missing file is judged by its nearest existing folder (it is reported as not found later). */
    private static Path realParent(Path file) throws IOException {
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? file : existing.toRealPath().resolve(existing.relativize(file));
    }

    /** A reference that leaves its scope. */
    public static final class OutsideScopeException extends Exception {
        public OutsideScopeException(String message) {
            super(message);
        }
    }
}
