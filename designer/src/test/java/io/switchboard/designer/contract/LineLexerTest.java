package io.switchboard.designer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.designer.contract.highlight.BlockScalars;
import io.switchboard.designer.contract.highlight.LineLexer;
import io.switchboard.designer.contract.highlight.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Colours by line: keys, values, $refs, comments; block scalars stay text. */
class LineLexerTest {

    private static String styles(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        tokens.forEach(token -> out.append(token.style().isEmpty() ? "_" : token.style()).append(token.length())
                .append(' '));
        return out.toString().trim();
    }

    @Test
    void yamlKeysValuesRefsAndComments() {
        assertEquals("_4 key7 punctuation1 _1 number3", styles(LineLexer.yaml("    maximum: 100", false)));
        assertEquals("_2 ref4 punctuation1 _1 ref26",
                styles(LineLexer.yaml("  $ref: '#/components/schemas/Pet'", false)));
        assertEquals("_2 key5 punctuation1 _1 string4 _1 comment8",
                styles(LineLexer.yaml("  title: Pets # portal", false)));
        assertEquals("_4 key4 punctuation1 _1 literal4", styles(LineLexer.yaml("  - name: true", false)));
        assertEquals("string12", styles(LineLexer.yaml("  Note: text", true)));
    }

    @Test
    void jsonKeysStringsAndRefs() {
        assertEquals("_2 ref6 punctuation1 _1 ref26",
                styles(LineLexer.json("  \"$ref\": \"#/components/schemas/Pet\"")));
        assertEquals("_2 key9 punctuation1 _1 number2 punctuation1",
                styles(LineLexer.json("  \"maximum\": 10,")));
    }

    @Test
    void blockScalarLinesAreFoundByLookingBack() {
        List<String> lines = List.of("info:", "  description: |", "    Note: this is text", "    more", "  title: x");
        assertTrue(BlockScalars.inside(lines::get, 2));
        assertTrue(BlockScalars.inside(lines::get, 3));
        assertFalse(BlockScalars.inside(lines::get, 4));
        assertFalse(BlockScalars.inside(lines::get, 1));
    }
}
