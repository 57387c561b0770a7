package io.switchboard.monitor.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Payloads as the details pane shows them: indented, coloured, and never a door to someone else's files. */
class PayloadsTest {

    @Test
    void jsonIsIndentedAndKeysStringsNumbersAndMaskedValuesAreTold() {
        String pretty = Payloads.pretty("{\"id\":\"A-1\",\"total\":12.5,\"paid\":true,\"email\":\"***\"}");
        assertTrue(pretty.contains("\n  \"id\" : \"A-1\""), pretty);
        List<PayloadStyles.Span> spans = PayloadStyles.of(pretty);
        assertEquals("payload-key", styleAt(spans, pretty.indexOf("\"id\"")));
        assertEquals("payload-string", styleAt(spans, pretty.indexOf("\"A-1\"")));
        assertEquals("payload-number", styleAt(spans, pretty.indexOf("12.5")));
        assertEquals("payload-literal", styleAt(spans, pretty.indexOf("true")));
        assertEquals("payload-masked", styleAt(spans, pretty.indexOf("\"***\"")));
    }

    @Test
    void xmlIsIndentedWithItsAttributesTextAndComments() {
        String pretty = Payloads.pretty("<order id=\"7\"><!-- rush --><line sku=\"A&amp;B\">2</line><note/></order>");
        assertEquals("""
                <order id="7">
                  <!-- rush -->
                  <line sku="A&amp;B">2</line>
                  <note/>
                </order>
                """, pretty);
        List<PayloadStyles.Span> spans = PayloadStyles.of(pretty);
        assertEquals("payload-tag", styleAt(spans, pretty.indexOf("<order")));
        assertEquals("payload-key", styleAt(spans, pretty.indexOf("id=")));
        assertEquals("payload-string", styleAt(spans, pretty.indexOf("\"7\"")));
        assertEquals("payload-comment", styleAt(spans, pretty.indexOf("rush")));
        assertEquals(null, styleAt(spans, pretty.indexOf(">2<") + 1), "text content stays plain");
    }

    @Test
    void xmlThatNamesAnEntityOrADocumentTypeIsShownAsItCameAndNothingIsRead() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
        String shown = Payloads.pretty(hostile);
        assertTrue(!shown.contains("root:"), shown);
        assertEquals(hostile, shown);
    }

    @Test
    void whatIsNeitherParsesAsItCame() {
        assertEquals("plain text", Payloads.pretty("plain text"));
        assertEquals("{not json", Payloads.pretty("{not json"));
        assertEquals(List.of(), PayloadStyles.of("plain text"));
        assertEquals("", Payloads.pretty(null));
    }

    private static String styleAt(List<PayloadStyles.Span> spans, int at) {
        return spans.stream().filter(span -> span.start() <= at && at < span.end()).map(PayloadStyles.Span::style)
                .findFirst().orElse(null);
    }
}
