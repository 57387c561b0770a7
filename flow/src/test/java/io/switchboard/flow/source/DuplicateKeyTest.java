package io.switchboard.flow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A key given twice is an error at the second one, in YAML and JSON alike; never a silent last-wins. */
class DuplicateKeyTest {

    @Test
    void aPathGivenTwiceInAContractIsAnErrorAtItsLine() {
        String yaml = """
                openapi: 3.0.3
                paths:
                  /x:
                    get: {responses: {'200': {description: ok}}}
                  /x:
                    post: {responses: {'200': {description: ok}}}
                """;

        SourceFormatException refused = assertThrows(SourceFormatException.class,
                () -> SourceDocument.parse(Path.of("api.yaml"), yaml));

        assertEquals(5, refused.location().line());
        assertTrue(refused.getMessage().contains("duplicate key '/x' (it is also at line 3)"), refused.getMessage());
    }

    @Test
    void aFieldGivenTwiceInAFlowIsAnErrorAtItsLine() {
        String json = "{\n  \"id\": \"orders\",\n  \"id\": \"billing\"\n}";

        SourceFormatException refused = assertThrows(SourceFormatException.class,
                () -> SourceDocument.parse(Path.of("orders.flow.json"), json));

        assertEquals(3, refused.location().line());
    }
}
