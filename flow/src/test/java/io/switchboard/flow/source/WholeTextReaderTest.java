package io.switchboard.flow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** The whole-text reader gives SnakeYAML's parser the same events at the same places as SnakeYAML's own reader. */
class WholeTextReaderTest {

    private static final String VARIED = """
            # a comment
            openapi: 3.1.0
            info: {title: "Orders \\u00e9 \\t", version: '1.0'}
            paths:
              /orders/{id}:
                get:
                  description: |
                    Block text
                      kept as written 𝄞 (outside the BMP)
                  parameters: [ {name: id, in: path}, &p {name: q} ]
                  x-again: *p
                  x-folded: >-
                    folded
                    lines
                  x-plain: a plain scalar
                    over two lines
            ---
            second: document
            """;

    @ParameterizedTest
    @ValueSource(strings = {"plain", "crlf", "bom", "long"})
    void eventsAndMarksAreThoseOfSnakeYamlsReader(String variant) {
        String text = switch (variant) {
            case "crlf" -> VARIED.replace("\n", "\r\n");
            case "bom" -> "\uFEFF" + VARIED;
            case "long" -> VARIED + "long: \"" + "ab".repeat(5_000) + "\"\nplain: " + "c".repeat(5_000) + "\n";
            default -> VARIED;
        };

        List<String> ours = events(new ParserImpl(new WholeTextReader(text), new LoaderOptions()));
        List<String> theirs = events(new ParserImpl(new StreamReader(new StringReader(text)), new LoaderOptions()));

        assertEquals(theirs, ours);
    }

    @Test
    void aLongScalarWithoutSpacesIsReadWhole() throws Exception {
        String value = "QUJD".repeat(500_000);

        SourceDocument document = SourceDocument.parse(Path.of("api.yaml"), "example: \"" + value + "\"\nnext: 1\n");

        assertEquals(value, document.root().get("example").asText());
        assertEquals(2, document.locate("/next").line());
    }

    @Test
    void aCharacterYamlDoesNotAllowIsRefusedAtItsPlace() {
        SourceFormatException error = assertThrows(SourceFormatException.class,
                () -> SourceDocument.parse(Path.of("api.yaml"), "a: 1\nb: \u0007\n"));

        assertTrue(error.getMessage().contains("U+0007 is not allowed"), error.getMessage());
        assertEquals(new Location(2, 4), error.location());
    }

    private static List<String> events(Parser parser) {
        List<String> events = new ArrayList<>();
        while (parser.peekEvent() != null) {
            Event event = parser.getEvent();
            String value = event instanceof ScalarEvent scalar ? scalar.getValue() : "";
            events.add(event.getEventId() + " " + value + " " + place(event.getStartMark()) + "-"
                    + place(event.getEndMark()));
            if (event.getEventId() == Event.ID.StreamEnd) {
                break;
            }
        }
        return events;
    }

    private static String place(Mark mark) {
        return mark.getLine() + ":" + mark.getColumn() + "@" + mark.getIndex();
    }
}
