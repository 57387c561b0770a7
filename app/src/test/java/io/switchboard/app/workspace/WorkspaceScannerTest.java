package io.switchboard.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScannerTest {

    @Test
    void reviewNotesBesideAContractAreNotContracts(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("contracts"));
        Files.writeString(root.resolve("contracts/pets.yaml"), "openapi: 3.0.3\n");
        Files.writeString(root.resolve("contracts/pets.review.json"), "{\"version\": 1}\n");
        Files.writeString(root.resolve("contracts/shop.json"), "{\"openapi\": \"3.1.0\"}\n");

        Workspace workspace = new WorkspaceScanner().scan(root);

        assertEquals(List.of(Path.of("contracts/pets.yaml"), Path.of("contracts/shop.json")),
                workspace.contracts().stream().sorted().toList());
    }
}
