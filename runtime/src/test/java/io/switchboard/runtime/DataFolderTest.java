package io.switchboard.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.DataFolder;
import io.switchboard.runtime.store.FailedMessage;
import io.switchboard.runtime.store.StoreRestore;
import io.switchboard.runtime.store.StoreUnavailableException;
import io.switchboard.runtimeclient.JdkRuntimeClient;
import io.switchboard.runtimeclient.wire.BackupResult;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged or missing store is an error, not a fresh start; the data folder is its owner's only; a backup taken
 * while the runtime runs can be restored.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DataFolderTest {

    @TempDir
    Path folder;

    private Path data() {
        return folder.resolve("data");
    }

    private SwitchboardRuntime start() throws Exception {
        return SwitchboardRuntime.start(RuntimeConfiguration.defaults(data()).withIngressPort(0).withApiPort(0));
    }

    /** A runtime that has lived: a flow deployed, 300 failed messages stored, then stopped. */
    private List<Long> aStoreThatHasLived() throws Exception {
        try (StubTarget target = new StubTarget(); SwitchboardRuntime runtime = start()) {
            runtime.host().deploy(Bundles.orders(target.url("/invoices")), "test");
            return storeMessages(runtime, 300);
        }
    }

    private static List<Long> storeMessages(SwitchboardRuntime runtime, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> runtime.failedMessages().store(
                new FailedMessage(0, "orders", 1, Instant.now(), Instant.now(), "c-" + i, "ORD-" + i, "e", "refused",
                        null, 1, FailedMessage.Status.FAILED, "application/json", Map.of(),
                        ("{\"orderId\":\"ORD-" + i + "\",\"note\":\"" + "x".repeat(2_000) + "\"}")
                                .getBytes(StandardCharsets.UTF_8)))).toList();
    }

    @Test
    void aNewFolderIsCreatedOwnerOnlyAndEveryFileInItStaysSo() throws Exception {
        aStoreThatHasLived();

        try (Stream<Path> paths = Files.walk(data())) {
            for (Path path : paths.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------", mode, path.toString());
            }
        }
    }

    @Test
    void anEmptyDatabaseInAFolderThatHeldAStoreIsRefusedAndNothingIsReplaced() throws Exception {
        aStoreThatHasLived();
        String adminToken = Files.readString(data().resolve("admin.token"));
        Files.write(data().resolve(DataFolder.DATABASE_FILE), new byte[0]);

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, this::start);

        assertTrue(refused.getMessage().contains("is empty (0 bytes)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("switchboard runtime restore"), refused.getMessage());
        assertEquals(adminToken, Files.readString(data().resolve("admin.token")), "no new admin token was issued");
    }

    @Test
    void aDeletedDatabaseIsRefused() throws Exception {
        aStoreThatHasLived();
        Files.delete(data().resolve(DataFolder.DATABASE_FILE));

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, this::start);

        assertTrue(refused.getMessage().contains("is missing"), refused.getMessage());
        assertFalse(Files.exists(data().resolve(DataFolder.DATABASE_FILE)), "no new database was made");
    }

    @Test
    void damageInTheMiddleOfTheFileIsFoundAtStartNotLater() throws Exception {
        aStoreThatHasLived();
        Path database = data().resolve(DataFolder.DATABASE_FILE);
        // Bytes of a stored message changed on disk, wherever H2 keeps them: H2 itself does not notice.
        byte[] bytes = Files.readAllBytes(database);
        byte[] marker = "\"orderId\":\"ORD-150\"".getBytes(StandardCharsets.UTF_8);
        int damaged = 0;
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            for (int at = indexOf(bytes, marker, 0); at >= 0; at = indexOf(bytes, marker, at + 1)) {
                file.seek(at + marker.length + 20);
                file.write("DAMAGED".getBytes(StandardCharsets.UTF_8));
                damaged++;
            }
        }
        assertTrue(damaged > 0, "the message's bytes were found in the file");

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, this::start);

        assertTrue(refused.getMessage().contains("damaged") || refused.getMessage().contains("cannot be opened"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("restore"), refused.getMessage());
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aDatabaseThatCannotBeWrittenIsRefused() throws Exception {
        aStoreThatHasLived();
        Path database = data().resolve(DataFolder.DATABASE_FILE);
        // Immutable even for root, who ignores permission bits.
        Process chattr = new ProcessBuilder("chattr", "+i", database.toString()).redirectErrorStream(true).start();
        assertEquals(0, chattr.waitFor(), new String(chattr.getInputStream().readAllBytes()));
        try {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, this::start);
            assertTrue(refused.getMessage().contains("cannot"), refused.getMessage());
        } finally {
            new ProcessBuilder("chattr", "-i", database.toString()).start().waitFor();
        }
    }

    @Test
    void aFolderOfAnotherUserIsRefusedWithWhoOwnsIt() throws Exception {
        Files.createDirectories(data());
        String owner = Files.getOwner(data()).getName();

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                () -> DataFolder.prepare(data(), "someone-else"));

        assertTrue(refused.getMessage().contains("belongs to '" + owner + "'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("runs as 'someone-else'"), refused.getMessage());
    }

    @Test
    void aBackupTakenWhileRunningIsRestoredAfterTheStoreIsLost() throws Exception {
        List<Long> stored;
        BackupResult backup;
        try (SwitchboardRuntime runtime = start()) {
            stored = storeMessages(runtime, 50);
            var client = new JdkRuntimeClient(runtime.apiUrl(), Files.readString(runtime.adminTokenFile()).trim());
            backup = client.backup().toCompletableFuture().get(60, TimeUnit.SECONDS);
            assertTrue(runtime.audit().list(null, 10).stream().anyMatch(entry -> entry.action().equals("backup")));

            Path file = Path.of(backup.file());
            assertTrue(Files.size(file) > 0);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            StoreUnavailableException inUse = assertThrows(StoreUnavailableException.class,
                    () -> StoreRestore.restore(data(), file));
            assertTrue(inUse.getMessage().contains("stop it before restoring"), inUse.getMessage());
        }
        Files.write(data().resolve(DataFolder.DATABASE_FILE), new byte[0]);

        Path kept = StoreRestore.restore(data(), Path.of(backup.file()));

        assertTrue(Files.exists(kept), "the replaced database is kept: " + kept);
        try (SwitchboardRuntime runtime = start()) {
            for (long id : stored) {
                assertTrue(runtime.failedMessages().find(id).isPresent(), "message " + id);
            }
        }
    }

    @Test
    void theRuntimeCommandExitsWithTwoAndASentenceOnADamagedStore() throws Exception {
        aStoreThatHasLived();
        Files.write(data().resolve(DataFolder.DATABASE_FILE), new byte[0]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RuntimeMain.class.getName(), "--data", data().toString(), "--ingress-port", "0", "--api-port", "0")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("runtime: the database " + data().resolve(DataFolder.DATABASE_FILE)
                + " is empty (0 bytes)"), output);
        assertFalse(output.contains("Exception") || output.contains("\tat "), "no stack trace: " + output);
    }
}
