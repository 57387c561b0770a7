package io.switchboard.contract.vcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breaking changes per contract and release, from a workspace's git history, by the studio's own diff. */
class ContractStabilityTest {

    private static final String V1 = """
            openapi: 3.0.3
            info: { title: Pets, version: '1' }
            paths:
              /pets:
                get:
                  responses:
                    '200': { description: ok }
              /pets/{id}:
                get:
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses:
                    '200': { description: ok }
            """;

    @TempDir
    Path workspace;

    @Test
    void eachTaggedReleaseCountsTheBreakingChangesSinceTheOneBefore() throws Exception {
        git("init", "-q");
        git("config", "user.email", "test@example.com");
        git("config", "user.name", "Test");
        Path contract = Files.createDirectories(workspace.resolve("contracts")).resolve("pets.yaml");
        commit(contract, V1, "first");
        git("tag", "v1");
        commit(contract, V1.replace("info: { title: Pets, version: '1' }", "info: { title: Pets, version: '1.1' }"),
                "wording, not a release");
        commit(contract, V1.replace("""
                  /pets/{id}:
                    get:
                      parameters:
                        - { name: id, in: path, required: true, schema: { type: string } }
                      responses:
                        '200': { description: ok }
                """, ""), "drop one operation");
        git("tag", "v2");
        Files.writeString(workspace.resolve("contracts").resolve("notes.txt"), "not a contract");

        List<ContractStability.Release> releases = ContractStability.of(workspace);

        assertEquals(List.of("v1", "v2"), releases.stream().map(ContractStability.Release::name).toList());
        assertEquals(0, releases.get(0).breaking());
        assertTrue(releases.get(1).breaking() >= 1, releases.toString());
        assertTrue(releases.stream().allMatch(release -> release.contract().equals("pets.yaml")));
    }

    @Test
    void aWorkspaceWithoutContractsHasNoReleases() throws Exception {
        assertEquals(List.of(), ContractStability.of(workspace));
    }

    private void commit(Path file, String text, String message) throws Exception {
        Files.writeString(file, text);
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }
}
