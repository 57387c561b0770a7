package io.switchboard.monitor.failures;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.runtimeclient.wire.Json;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A payload as the details pane shows it: JSON and XML indented, anything else (or what does not parse) as it came.
 * XML is read without a DTD or external entities: a payload is someone else's text and names nothing to fetch.
 */
public final class Payloads {

    private static final String INDENT = "  ";

    private Payloads() {
    }

    public static String pretty(String payload) {
        if (payload == null) {
            return "";
        }
        String trimmed = payload.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = Json.MAPPER.readTree(trimmed);
                return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            } catch (IOException notJson) {
                return payload;
            }
        }
        if (trimmed.startsWith("<")) {
            try {
                return prettyXml(trimmed);
            } catch (XMLStreamException notXml) {
                return payload;
            }
        }
        return payload;
    }

    private static String prettyXml(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        StringBuilder out = new StringBuilder(xml.length() + xml.length() / 4);
        int depth = 0;
        boolean open = false;
        boolean textInside = false;
        try {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamReader.START_ELEMENT -> {
                        if (open) {
                            out.append('>');
                        }
                        newLine(out, depth);
                        out.append('<').append(name(reader.getPrefix(), reader.getLocalName()));
                        for (int i = 0; i < reader.getNamespaceCount(); i++) {
                            String prefix = reader.getNamespacePrefix(i);
                            out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                                    .append("=\"").append(escape(reader.getNamespaceURI(i))).append('"');
                        }
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            out.append(' ').append(name(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)))
                                    .append("=\"").append(escape(reader.getAttributeValue(i))).append('"');
                        }
                        open = true;
                        textInside = false;
                        depth++;
                    }
                    case XMLStreamReader.END_ELEMENT -> {
                        depth--;
                        if (open) {
                            out.append("/>");
                        } else {
                            if (!textInside) {
                                newLine(out, depth);
                            }
                            out.append("</").append(name(reader.getPrefix(), reader.getLocalName())).append('>');
                        }
                        open = false;
                        textInside = false;
                    }
                    case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA -> {
                        String text = reader.getText();
                        if (!text.isBlank()) {
                            if (open) {
                                out.append('>');
                                open = false;
                            }
                            out.append(escape(text.strip()));
                            textInside = true;
                        }
                    }
                    case XMLStreamReader.COMMENT -> {
                        if (open) {
                            out.append('>');
                            open = false;
                        }
                        newLine(out, depth);
                        out.append("<!--").append(reader.getText()).append("-->");
                    }
                    default -> { }
                }
            }
        } finally {
            reader.close();
        }
        return out.toString().stripLeading() + "\n";
    }

    private static void newLine(StringBuilder out, int depth) {
        out.append('\n').append(INDENT.repeat(depth));
    }

    private static String name(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
