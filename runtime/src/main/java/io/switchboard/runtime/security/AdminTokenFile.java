package io.switchboard.runtime.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The admin token written on first start to {@code DIR/admin.token}, readable by its owner only. */
public final class AdminTokenFile {

    public static final String NAME = "admin.token";
    /** An admin token given to the runtime (under Kubernetes, from a Secret) instead of one it makes. */
    public static final String ENVIRONMENT = "SWITCHBOARD_ADMIN_TOKEN";

    private AdminTokenFile() {
    }

    /**
     * Creates the admin token and its file unless they exist; answers the file's path. With a store shared by
     * several runtimes, an admin token another runtime made is kept (rotating it
     * would lock the others' operators out): this runtime then has no file of its own, and its operators use the
     * token they were given (under Kubernetes, from the Secret).
     */
    public static Path ensure(Path dataDir, TokenService tokens, boolean sharedStore) throws IOException {
        Path file = dataDir.resolve(NAME);
        String given = System.getenv(ENVIRONMENT);
        if (given != null && !given.isBlank()) {
            tokens.install("admin", Role.ADMIN, given.strip());
            writeOwnerOnly(file, given.strip());
            return file;
        }
        if (Files.exists(file) && tokens.exists("admin") || sharedStore && tokens.exists("admin")) {
            return file;
        }
        if (sharedStore) {
            try {
                String token = tokens.create("admin", Role.ADMIN);
                writeOwnerOnly(file, token);
            } catch (IllegalStateException madeMeanwhile) {
                // Another runtime starting at the same moment made it first: its token is everyone's.
            }
            return file;
        }
        String token = tokens.exists("admin") ? tokens.rotate("admin", Role.ADMIN) : tokens.create("admin", Role.ADMIN);
        writeOwnerOnly(file, token);
        return file;
    }

    public static void writeOwnerOnly(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
