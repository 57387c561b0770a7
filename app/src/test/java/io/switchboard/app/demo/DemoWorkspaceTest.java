package io.switchboard.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.flow.validation.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo workspace is the example workspace, whole, and its flow delivers to the demo's service. */
class DemoWorkspaceTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theBundledFilesAreTheExampleWorkspacesAndItsFlowLoads() throws Exception {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            assertEquals(files.filter(Files::isRegularFile)
                    .map(file -> EXAMPLE.relativize(file).toString().replace('\\', '/')).sorted().toList(),
                    DemoWorkspace.FILES.stream().sorted().toList());
        }
        Path demo = DemoWorkspace.prepare(temp.resolve("demo"));
        DemoWorkspace.deliverTo(demo, "http://127.0.0.1:45678/invoices");
        var flow = new DefinitionLoader().loadFlow(demo.resolve(DemoWorkspace.FLOW)).flow();
        assertEquals("http://127.0.0.1:45678/invoices",
                ((io.switchboard.flow.model.FlowTarget.Http) flow.target()).url());
        assertEquals(2000, flow.errorPolicy().timeoutMs());

        // The user's changes to the demo are kept at the next start.
        Path mapping = demo.resolve("mappings/order-to-invoice.mapping.json");
        Files.writeString(mapping, Files.readString(mapping).replace("Turns a web shop order", "Makes a web shop order"));
        DemoWorkspace.prepare(demo);
        assertTrue(Files.readString(mapping).contains("Makes a web shop order"));
    }

    @Test
    void theShopsOrdersVaryAndOneInFiftyHasMilliseconds() throws Exception {
        DemoTraffic traffic = new DemoTraffic(1, java.util.concurrent.Executors.newSingleThreadScheduledExecutor(),
                new java.util.Random(7));
        java.util.Set<String> currencies = new java.util.HashSet<>();
        int withMilliseconds = 0;
        for (long number = 1; number <= 100; number++) {
            var order = traffic.order(number);
            currencies.add(order.path("currency").asText());
            if (order.path("orderDate").asText().contains(".")) {
                withMilliseconds++;
            }
        }
        assertTrue(currencies.size() > 1, currencies.toString());
        assertEquals(2, withMilliseconds);
        traffic.close();
    }
}
