package io.switchboard.app.flows;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's export writes what switchboard export writes, and refuses what it refuses, with the field. */
class FlowExportsTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theExampleFlowIsExportedAsAStockCamelFolder() throws Exception {
        List<Path> written = FlowExports.export(ORDERS.resolve("flows/orders.flow.json"), temp);

        assertTrue(written.contains(temp.resolve("orders.camel.yaml")), written.toString());
        assertTrue(Files.readString(temp.resolve("orders.camel.yaml")).contains("platform-http:/orders"));
        assertTrue(written.stream().anyMatch(file -> file.toString().endsWith(".jslt")), written.toString());
        assertTrue(Files.exists(temp.resolve("application.properties")));
    }

    @Test
    void aFlowThatWouldRunACommandIsRefusedWithTheField() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        for (String folder : List.of("flows", "mappings", "contracts")) {
            Files.createDirectories(workspace.resolve(folder));
            try (var files = Files.list(ORDERS.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, workspace.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        Path flow = workspace.resolve("flows/orders.flow.json");
        Files.writeString(flow, Files.readString(flow).replace("http://127.0.0.1:9090/invoices", "exec:rm"));

        IOException refused = assertThrows(IOException.class, () -> FlowExports.export(flow, temp.resolve("out")));
        assertTrue(refused.getMessage().contains("target.url"), refused.getMessage());
    }
}
