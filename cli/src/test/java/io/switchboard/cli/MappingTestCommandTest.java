package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** switchboard test: each mapping's cases of a workspace, exit 1 on the first difference, which it names. */
class MappingTestCommandTest {

    private static final Path ORDERS = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    @Test
    void theExampleWorkspacesCasesPass() {
        assertEquals(0, cli.run("test", ORDERS.toString()), cli.err());
        assertTrue(cli.out().contains("pass  order-to-invoice/order-small"), cli.out());
        assertTrue(cli.out().contains("1 passed, 0 failed"), cli.out());
    }

    @Test
    void aDifferenceFailsWithWhereItIsAndAnUnreadableCaseIsExitTwo() throws Exception {
        Path workspace = copy(ORDERS, temp.resolve("orders"));
        Path expected = workspace.resolve("samples/order-to-invoice/order-small.expected.json");
        Files.writeString(expected, Files.readString(expected).replace("\"EUR\"", "\"USD\""));

        assertEquals(1, cli.run("test", workspace.toString()), cli.err());
        assertTrue(cli.out().contains("FAIL  order-to-invoice/order-small: /currency: expected \"USD\", got \"EUR\""),
                cli.out());

        Files.writeString(expected, "{ not json");
        assertEquals(2, cli.run("test", workspace.toString()));
        assertTrue(cli.err().contains("order-to-invoice/order-small: cannot be read"), cli.err());
        assertEquals(2, cli.run("test", temp.toString()));
        assertTrue(cli.err().contains("has no mappings/ folder"), cli.err());
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
