package io.switchboard.runtime.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts a backup made by {@link Database#backup} (the API's {@code POST /api/v1/backup}) back into a data folder
 * while no runtime uses it. The database it replaces is kept beside it, renamed, and the restored one must pass
 * {@link StoreCheck} before it takes its place: nothing is lost either way.
 */
public final class StoreRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private StoreRestore() {
    }

    /** Answers where the replaced database was kept (null when there was none). */
    public static Path restore(Path dataDir, Path backup) throws StoreUnavailableException {
        if (!Files.isRegularFile(backup) || !Files.isReadable(backup)) {
            throw new StoreUnavailableException("the backup " + backup + " is not a readable file");
        }
        try {
            DataFolder.create(dataDir);
            Path database = dataDir.resolve(DataFolder.DATABASE_FILE);
            requireUnused(database);
            Path incoming = dataDir.resolve("restore-" + STAMP.format(Instant.now()));
            DataFolder.create(incoming);
            try {
                extract(backup, incoming.resolve(DataFolder.DATABASE_FILE));
                try (Database restored = StoreCheck.open(incoming)) {
                    StoreCheck.verify(restored, incoming);
                }
                Path kept = null;
                if (Files.exists(database)) {
                    kept = dataDir.resolve(DataFolder.DATABASE_FILE + ".replaced-" + STAMP.format(Instant.now()));
                    Files.move(database, kept);
                }
                Files.move(incoming.resolve(DataFolder.DATABASE_FILE), database, StandardCopyOption.ATOMIC_MOVE);
                DataFolder.restrict(dataDir);
                return kept;
            } finally {
                deleteQuietly(incoming);
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot restore " + backup + " into " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    private static void requireUnused(Path database) throws IOException, StoreUnavailableException {
        if (!Files.exists(database)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreUnavailableException("a runtime is using " + database + ": stop it before restoring");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new StoreUnavailableException("a runtime is using " + database + ": stop it before restoring");
        }
    }

    private static void extract(Path backup, Path target) throws IOException, StoreUnavailableException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(DataFolder.DATABASE_FILE);
            if (entry == null) {
                throw new StoreUnavailableException("the backup " + backup + " holds no " + DataFolder.DATABASE_FILE
                        + ": it is not a backup of a runtime's store");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target);
            }
        } catch (java.util.zip.ZipException e) {
            throw new StoreUnavailableException("the backup " + backup + " is not a zip file (" + e.getMessage() + ")");
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover scratch folder is harmless; the restore's outcome is already decided.
        }
    }
}
