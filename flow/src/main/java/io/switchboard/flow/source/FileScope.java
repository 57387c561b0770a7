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
