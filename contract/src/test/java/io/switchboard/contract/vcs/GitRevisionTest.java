package io.switchboard.contract.vcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ref is a commit, never an option of git; an empty ref is an error, not the index. */
class GitRevisionTest {

    @TempDir
    Path repo;

    private Path contract;

    @BeforeEach
    void commitAContract() throws Exception {
        git("init", "-q");
        git("config", "user.email", "test@example.com");
        git("config", "user.name", "Test");
        contract = Files.writeString(repo.resolve("orders.yaml"), "openapi: 3.0.3\n");
        git("add", "orders.yaml");
        git("commit", "-q", "-m", "first");
        Files.writeString(contract, "openapi: 3.1.0\n");
    }

    @Test
    void theCommittedTextIsRead() throws Exception {
        assertEquals("openapi: 3.0.3\n", GitRevision.read(contract, "HEAD"));
    }

    @Test
    void aRefThatLooksLikeAnOptionWritesNothingAndIsRefused() {
        Path written = repo.resolve("written.txt");

        IOException refused = assertThrows(IOException.class,
                () -> GitRevision.read(contract, "--output=" + written));

        assertFalse(Files.exists(written), "git wrote a file");
        assertTrue(refused.getMessage().contains("is not a git ref"), refused.getMessage());
    }

    @Test
    void anEmptyOrUnknownRefIsAnErrorNotTheIndex() {
        IOException empty = assertThrows(IOException.class, () -> GitRevision.read(contract, ""));
        IOException unknown = assertThrows(IOException.class, () -> GitRevision.read(contract, "no-such-branch"));

        assertTrue(empty.getMessage().contains("name a commit"), empty.getMessage());
        assertTrue(unknown.getMessage().contains("is not a commit"), unknown.getMessage());
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }
}
