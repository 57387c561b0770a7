package io.switchboard.flow.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.switchboard.flow.source.Location;
import java.io.IOException;

/**
 * Reads payloads into Jackson trees and writes trees back out. JSON, XML and CSV (a header row, one object per
 * line) in; JSON and XML out. Thread-safe: the readers and writers are immutable.
 */
public final class PayloadCodec {

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectReader jsonReader = json.reader();
    private final XmlMapper xml = new XmlMapper();
    private final CsvMapper csv = new CsvMapper();

    public JsonNode read(byte[] payload, PayloadFormat format) throws PayloadException {
        try {
            return switch (format) {
                case JSON -> jsonReader.readTree(payload);
                case XML -> xml.readTree(payload);
                case CSV -> readCsv(payload);
            };
        } catch (JsonProcessingException e) {
            throw invalid(format, e);
        } catch (com.fasterxml.jackson.databind.RuntimeJsonMappingException e) {
            // CSV rows are read one by one through an iterator, which wraps its parse errors.
            if (e.getCause() instanceof JsonProcessingException cause) {
                throw invalid(format, cause);
            }
            throw new PayloadException("not valid " + format + ": " + reason(e.getMessage()), Location.UNKNOWN, e);
        } catch (IOException e) {
            throw new PayloadException("cannot read " + format + ": " + e.getMessage(), Location.UNKNOWN, e);
        }
    }

    private static PayloadException invalid(PayloadFormat format, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Location location = at == null ? Location.UNKNOWN : new Location(at.getLineNr(), at.getColumnNr());
        return new PayloadException("not valid " + format + ": " + reason(e.getOriginalMessage()), location, e);
    }

    /**
     * The parser's reason alone: its first line, without the position it appends (the location is given once, as
     * line:column) and without an excerpt of the payload longer than a few words.
     */
    static String reason(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.lines().findFirst().orElse("").strip();
        int position = first.indexOf(" at [");
        String reason = position > 0 ? first.substring(0, position) : first;
        return reason.length() <= 200 ? reason : reason.substring(0, 200) + "…";
    }

    /** Writes a tree; {@code rootName} names the XML root element and is ignored for JSON. */
    public byte[] write(JsonNode value, PayloadFormat format, String rootName, boolean pretty) throws PayloadException {
        try {
            return switch (format) {
                case JSON -> (pretty ? json.writerWithDefaultPrettyPrinter() : json.writer()).writeValueAsBytes(value);
                case XML -> {
                    requireElementNames(value, rootName);
                    yield (pretty ? xml.writerWithDefaultPrettyPrinter() : xml.writer())
                            .withRootName(rootName).writeValueAsBytes(value);
                }
                case CSV -> throw new PayloadException("CSV output is not supported; write JSON or XML",
                        Location.UNKNOWN, null);
            };
        } catch (JsonProcessingException e) {
            throw new PayloadException("cannot write " + format + ": " + e.getOriginalMessage(), Location.UNKNOWN, e);
        }
    }

    /** What an XML element name may be here: letters, digits, '_', '-', '.', not starting with a digit, '-' or '.'. */
    private static final java.util.regex.Pattern ELEMENT_NAME =
            java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.-]*");

    /**
     * Every key becomes an element name, so every key must be one: a key like {@code x/><role>admin</role><!--}
     * would otherwise be markup in the output. Walks the tree without recursion (payloads may be deep).
     */
    private static void requireElementNames(JsonNode value, String rootName) throws PayloadException {
        if (rootName == null || !ELEMENT_NAME.matcher(rootName).matches()) {
            throw new PayloadException("the root element name '" + rootName + "' is not an XML name",
                    Location.UNKNOWN, null);
        }
        java.util.Deque<java.util.Map.Entry<String, JsonNode>> pending = new java.util.ArrayDeque<>();
        pending.push(java.util.Map.entry("", value));
        while (!pending.isEmpty()) {
            var next = pending.pop();
            JsonNode node = next.getValue();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(java.util.Map.entry(next.getKey() + "/" + i, node.get(i)));
                }
            } else if (node.isObject()) {
                for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
                    if (!ELEMENT_NAME.matcher(field.getKey()).matches()) {
                        throw new PayloadException("the key '" + excerpt(field.getKey()) + "' at " + next.getKey()
                                + "/ is not an XML element name: XML output needs keys of letters, digits, '_', "
                                + "'-' and '.'", Location.UNKNOWN, null);
                    }
                    pending.push(java.util.Map.entry(next.getKey() + "/" + field.getKey(), field.getValue()));
                }
            }
        }
    }

    private static String excerpt(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }

    private JsonNode readCsv(byte[] payload) throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        try (MappingIterator<JsonNode> it = csv.readerFor(JsonNode.class).with(header).readValues(payload)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }
}
