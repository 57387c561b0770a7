package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard runtime backup|restore} and {@code token create} against a real runtime's data folder. */
class RuntimeCliTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aBackupOfARunningRuntimeIsRestoredByTheDocumentedCommand() throws Exception {
        Path data = temp.resolve("data");
        String backup;
        try (SwitchboardRuntime runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data)
                .withIngressPort(0).withApiPort(0))) {
            Files.writeString(data.resolve("runtime.url"), runtime.apiUrl());
            assertEquals(0, run("runtime", "backup", "--data", data.toString()), cli.err());
            backup = cli.out().trim().split(" ")[0];
            assertTrue(Files.exists(Path.of(backup)), cli.out());
        }
        Files.write(data.resolve(DataFolder.DATABASE_FILE), new byte[0]);

        assertEquals(0, run("runtime", "restore", "--data", data.toString(), "--from", backup), cli.err());

        assertTrue(cli.out().contains("the database it replaced is kept as"), cli.out());
        try (SwitchboardRuntime runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data)
                .withIngressPort(0).withApiPort(0))) {
            assertTrue(runtime.tokens().exists("admin"));
        }
    }

    @Test
    void aRestoreOfSomethingThatIsNoBackupIsExitTwoWithASentence() throws Exception {
        Path notABackup = Files.writeString(temp.resolve("notes.zip"), "hello");

        assertEquals(2, run("runtime", "restore", "--data", temp.resolve("data").toString(), "--from",
                notABackup.toString()));

        assertTrue(cli.err().startsWith("runtime restore: the backup " + notABackup + " is not a zip file"),
                cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void aTokenNameThatIsTakenIsRefused() throws Exception {
        Path data = temp.resolve("data");
        SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(0).withApiPort(0)).close();

        assertEquals(0, run("token", "create", "--data", data.toString(), "--role", "viewer", "--name", "ci"),
                cli.err());
        assertEquals(2, run("token", "create", "--data", data.toString(), "--role", "admin", "--name", "ci"));

        assertTrue(cli.err().contains("a token named 'ci' exists already"), cli.err());
    }

    @Test
    void aTokenWrittenWithOutIsReadableByItsOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(0).withApiPort(0)).close();
        Path file = temp.resolve("designer.token");

        assertEquals(0, run("token", "create", "--data", data.toString(), "--role", "designer", "--name", "ci",
                "--out", file.toString()), cli.err());

        assertTrue(Files.readString(file).trim().startsWith("sb_"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertFalse(cli.out().contains("sb_"), "the secret is not printed: " + cli.out());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"lint", "diff", "map", "export", "validate", "deploy",
        "runtime", "token", "help"})
    void everyCommandPrintsItsHelpAndExitsZero(String command) {
        assertEquals(0, run(command, "--help".equals(command) ? "" : "--help"), cli.err());
        assertTrue(cli.out().contains("Usage:"), cli.out());
    }

    @Test
    void helpNamesACommandAndOptionValuesIgnoreCase() throws Exception {
        assertEquals(0, run("help", "lint"), cli.err());
        assertTrue(cli.out().contains("switchboard lint"), cli.out());
        Path contract = Path.of("..", "examples", "orders", "contracts", "orders.yaml");
        assertEquals(0, run("lint", contract.toString(), "--format", "JSON"), cli.err());
        assertTrue(cli.out().contains("\"findings\""), cli.out());
    }
}
