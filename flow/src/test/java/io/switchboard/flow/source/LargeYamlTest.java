package io.switchboard.flow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LargeYamlTest {

    @Test
    void yamlLargerThanTheParsersDefaultCapIsRead() throws Exception {
        StringBuilder yaml = new StringBuilder("openapi: 3.1.0\ncomponents:\n  schemas:\n");
        int schemas = 0;
        while (yaml.length() < 4_000_000) {
            yaml.append("    S").append(schemas++).append(":\n      type: object\n      description: \"")
                    .append("x".repeat(200)).append("\"\n");
        }
        SourceDocument document = SourceDocument.parse(Path.of("big.yaml"), yaml.toString());
        assertEquals(schemas, document.root().path("components").path("schemas").size());
    }
}
