package io.switchboard.flow.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test cases are kept inside the workspace's samples/, and a difference is named by where it is. */
class MappingTestCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    @Test
    void aCaseIsKeptUnderItsMappingAndNamesCannotLeaveTheFolder() throws Exception {
        MappingTestCases.Case saved = MappingTestCases.save(workspace, "../../outside", "../../etc/passwd",
                "{\"a\": 1}", PayloadFormat.JSON, JSON.readTree("{\"b\": 2}"));

        assertEquals(workspace.resolve("samples/outside/etc-passwd.input.json"), saved.input());
        assertTrue(saved.expected().startsWith(workspace.resolve("samples")));
        assertEquals(List.of(saved), MappingTestCases.of(workspace, "../../outside"));
        assertThrows(IllegalArgumentException.class, () -> MappingTestCases.save(workspace, "m", "///", "{}",
                PayloadFormat.JSON, JSON.readTree("{}")));
    }

    @Test
    void aCaseThatLinksOutsideTheWorkspaceIsNeitherReadNorWritten(@TempDir Path elsewhere) throws Exception {
        java.nio.file.Files.writeString(elsewhere.resolve("secret.json"), "{\"secret\": true}");
        Path folder = java.nio.file.Files.createDirectories(workspace.resolve("samples/m"));
        java.nio.file.Files.createSymbolicLink(folder.resolve("leak.input.json"), elsewhere.resolve("secret.json"));
        java.io.IOException listed = assertThrows(java.io.IOException.class, () -> MappingTestCases.of(workspace, "m"));
        assertTrue(listed.getMessage().contains("resolves outside"), listed.getMessage());

        java.nio.file.Files.createSymbolicLink(workspace.resolve("samples/out"), elsewhere);
        assertThrows(java.io.IOException.class, () -> MappingTestCases.save(workspace, "out", "case", "{}",
                PayloadFormat.JSON, JSON.readTree("{}")));
        assertEquals(List.of("secret.json"), java.nio.file.Files.list(elsewhere)
                .map(file -> file.getFileName().toString()).toList(), "nothing written there");
    }

    @Test
    void outputsAreComparedAsJsonAndTheFirstDifferenceIsNamed() throws Exception {
        assertTrue(MappingTestCases.compare(JSON.readTree("{\"a\": 1.0, \"b\": [1, 2]}"),
                JSON.readTree("{\"b\": [1, 2], \"a\": 1}")).isEmpty(), "numbers by value, keys in any order");
        assertEquals("/b/1: expected 2, got 3", MappingTestCases.compare(JSON.readTree("{\"b\": [1, 2]}"),
                JSON.readTree("{\"b\": [1, 3]}")).orElseThrow().toString());
        assertEquals("/c: expected nothing, got true", MappingTestCases.compare(JSON.readTree("{}"),
                JSON.readTree("{\"c\": true}")).orElseThrow().toString());
        assertEquals("/a: expected \"x\", got nothing", MappingTestCases.compare(JSON.readTree("{\"a\": \"x\"}"),
                JSON.readTree("{}")).orElseThrow().toString());
    }
}
