package io.switchboard.runtime.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The runtime's data folder. A new store is created only in a folder that does not exist yet or is empty: a folder
 * that holds a runtime's files but whose database is missing or empty is a damaged store, not a fresh start (that
 * would silently drop every flow and failed message, and issue a new admin token). Everything in it is readable by
 * its owner only, because the database holds unmasked payloads and the audit log.
 */
public final class DataFolder {

    public static final String DATABASE_FILE = "switchboard.mv.db";

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /** What an operator can do about a store that cannot be used. */
    public static String recovery(Path dir) {
        return "restore it from a backup (switchboard runtime restore --data " + dir + " --from BACKUP.zip), "
                + "or move the folder aside to start with an empty one";
    }

    /**
     * Checks the folder before its database is opened, creating it (owner-only) when it does not exist. The files in
     * it are made owner-only by {@link #restrict} once the database has been opened, which may create some.
     */
    public static void prepare(Path dir, String user) throws StoreUnavailableException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreUnavailableException("the data folder " + dir + " is a file, not a folder");
        }
        try {
            boolean fresh = !Files.exists(dir) || isEmpty(dir);
            if (!Files.exists(dir)) {
                create(dir);
            }
            String owner = Files.getOwner(dir).getName();
            if (user != null && !owner.equals(user) && !user.equals("root")) {
                throw new StoreUnavailableException("the data folder " + dir + " belongs to '" + owner
                        + "', but the runtime runs as '" + user + "': run it as '" + owner + "', or give it a folder"
                        + " of its own");
            }
            if (!Files.isWritable(dir)) {
                throw new StoreUnavailableException("the runtime cannot write to its data folder " + dir
                        + ": give its user write access");
            }
            Path database = dir.resolve(DATABASE_FILE);
            if (!fresh) {
                if (!Files.exists(database)) {
                    throw new StoreUnavailableException("the data folder " + dir + " holds a runtime's files but "
                            + "its database " + DATABASE_FILE + " is missing: " + recovery(dir));
                }
                if (!Files.isRegularFile(database)) {
                    throw new StoreUnavailableException("the database " + database + " is not a file: "
                            + recovery(dir));
                }
                if (Files.size(database) == 0) {
                    throw new StoreUnavailableException("the database " + database + " is empty (0 bytes): "
                            + recovery(dir));
                }
                if (!Files.isReadable(database) || !Files.isWritable(database)) {
                    throw new StoreUnavailableException("the runtime cannot read and write its database " + database
                            + ": give its user read and write access");
                }
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot use the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Owner-only permissions on the folder and everything below it: 0700 folders, 0600 files. */
    public static void restrict(Path dir) throws IOException {
        if (!posix()) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        }
    }

    /** Creates a folder (and missing parents' last level) readable by its owner only. */
    public static void create(Path dir) throws IOException {
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
