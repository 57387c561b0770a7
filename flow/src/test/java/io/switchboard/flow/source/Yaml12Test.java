package io.switchboard.flow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** YAML as OpenAPI tools read it: anchors and aliases resolved (within a limit), and YAML 1.2 booleans. */
class Yaml12Test {

    @Test
    void anAliasStandsForItsAnchorsValue() throws Exception {
        String yaml = """
                components:
                  responses:
                    ok: &ok
                      description: fine
                paths:
                  /x:
                    get:
                      responses:
                        '200': *ok
                """;

        JsonNode root = SourceDocument.parse(Path.of("api.yaml"), yaml).root();

        assertEquals("fine", root.at("/paths/~1x/get/responses/200/description").asText());
    }

    @Test
    void onlyTrueAndFalseAreBooleans() throws Exception {
        JsonNode root = SourceDocument.parse(Path.of("api.yaml"),
                "enum: [NO, SE, on, off, yes, 'n']\nflag: true\nother: False\n").root();

        assertEquals("[\"NO\",\"SE\",\"on\",\"off\",\"yes\",\"n\"]", root.get("enum").toString());
        assertTrue(root.get("flag").isBoolean());
        assertTrue(root.get("other").isBoolean());
    }

    @Test
    void aBillionLaughsIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }

        SourceFormatException refused = assertThrows(SourceFormatException.class,
                () -> SourceDocument.parse(Path.of("bomb.yaml"), yaml.toString()));

        assertTrue(refused.getMessage().contains("aliases expand to more than"), refused.getMessage());
    }
}
