package io.switchboard.app.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.app.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed message opens the mapping its flow runs, found in the workspace and never outside it. */
class FlowMappingsTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    @TempDir
    Path workspace;

    @Test
    void theFlowsMapStepNamesTheMapping() throws Exception {
        Path mapping = FlowMappings.mappingOf(new WorkspaceScanner().scan(ORDERS), "orders");
        assertEquals(ORDERS.resolve("mappings/order-to-invoice.mapping.json"), mapping);
    }

    @Test
    void aMappingOutsideTheWorkspaceOrAnUnknownFlowIsASentence() throws Exception {
        Files.createDirectories(workspace.resolve("flows"));
        Files.writeString(workspace.resolve("flows/sneaky.flow.json"), """
                {"version": 1, "id": "sneaky", "steps": [{"type": "map", "mapping": "../../../etc/x.mapping.json"}]}
                """);
        var scanned = new WorkspaceScanner().scan(workspace);
        IOException outside = assertThrows(IOException.class, () -> FlowMappings.mappingOf(scanned, "sneaky"));
        assertTrue(outside.getMessage().contains("outside the workspace"), outside.getMessage());
        IOException unknown = assertThrows(IOException.class, () -> FlowMappings.mappingOf(scanned, "billing"));
        assertTrue(unknown.getMessage().contains("no flow with id billing"), unknown.getMessage());
    }

    @Test
    void aRemoteRuntimeNeedsAnHttpUrlAndAReadableTokenFile() throws Exception {
        Path token = Files.writeString(workspace.resolve("token"), "secret");
        assertNull(RuntimeChoiceDialog.problem("http://127.0.0.1:8081", token.toString()));
        assertTrue(RuntimeChoiceDialog.problem("ftp://host", token.toString()).contains("runtime's API"));
        assertTrue(RuntimeChoiceDialog.problem("http://127.0.0.1:8081", "").contains("Name the file"));
        assertTrue(RuntimeChoiceDialog.problem("http://127.0.0.1:8081", workspace.resolve("none").toString())
                .contains("cannot be read"));
    }
}
