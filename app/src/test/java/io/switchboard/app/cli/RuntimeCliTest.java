package io.switchboard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.SwitchboardRuntime;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.DataFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard runtime backup|restore} and {@code token create} against a real runtime's data folder. */
class RuntimeCliTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SwitchboardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aBackupOfARunningRuntimeIsRestoredByTheDocumentedCommand() throws Exception {
        Path data = temp.resolve("data");
        String backup;
        try (SwitchboardRuntime runtime = SwitchboardRuntime.start(RuntimeConfiguration.defaults(data)
                .withIngressPort(0).withApiPort(0))) {
            Files.writeString(data.resolve("runtime.url"), runtime.apiUrl());
            assertEquals(0, run("runtime", "backup", "--data", data.toString()), err.toString());
            backup = out.toString().trim().split(" ")[0];
            assertTrue(Files.exists(Path.of(backup)), out.toString());
        }
        Files.write(data.resolve(DataFolder.DATABASE_FILE), new byte[0]);

        assertEquals(0, run("runtime", "restore", "--data", data.toString(), "--from", backup), err.toString());

        assertTrue(out.toString().contains("the database it replaced is kept as"), out.toString());
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

        assertTrue(err.toString().startsWith("runtime restore: the backup " + notABackup + " is not a zip file"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void aTokenNameThatIsTakenIsRefused() throws Exception {
        Path data = temp.resolve("data");
        SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(0).withApiPort(0)).close();

        assertEquals(0, run("token", "create", "--data", data.toString(), "--role", "viewer", "--name", "ci"),
                err.toString());
        assertEquals(2, run("token", "create", "--data", data.toString(), "--role", "admin", "--name", "ci"));

        assertTrue(err.toString().contains("a token named 'ci' exists already"), err.toString());
    }

    @Test
    void aTokenWrittenWithOutIsReadableByItsOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        SwitchboardRuntime.start(RuntimeConfiguration.defaults(data).withIngressPort(0).withApiPort(0)).close();
        Path file = temp.resolve("designer.token");

        assertEquals(0, run("token", "create", "--data", data.toString(), "--role", "designer", "--name", "ci",
                "--out", file.toString()), err.toString());

        assertTrue(Files.readString(file).trim().startsWith("sb_"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertFalse(out.toString().contains("sb_"), "the secret is not printed: " + out);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"lint", "diff", "map", "export", "validate", "deploy",
        "runtime", "token", "help"})
    void everyCommandPrintsItsHelpAndExitsZero(String command) {
        assertEquals(0, run(command, "--help".equals(command) ? "" : "--help"), err.toString());
        assertTrue(out.toString().contains("Usage:"), out.toString());
    }

    @Test
    void helpNamesACommandAndOptionValuesIgnoreCase() throws Exception {
        assertEquals(0, run("help", "lint"), err.toString());
        assertTrue(out.toString().contains("switchboard lint"), out.toString());
        Path contract = Path.of("..", "examples", "orders", "contracts", "orders.yaml");
        assertEquals(0, run("lint", contract.toString(), "--format", "JSON"), err.toString());
        assertTrue(out.toString().contains("\"findings\""), out.toString());
    }
}
