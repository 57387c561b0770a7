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
            JsonLocation at = e.getLocation();
            Location location = at == null ? Location.UNKNOWN : new Location(at.getLineNr(), at.getColumnNr());
            throw new PayloadException("not valid " + format + ": " + e.getOriginalMessage(), location, e);
        } catch (IOException e) {
            throw new PayloadException("cannot read " + format + ": " + e.getMessage(), Location.UNKNOWN, e);
        }
    }

    /** Writes a tree; {@code rootName} names the XML root element and is ignored for JSON. */
    public byte[] write(JsonNode value, PayloadFormat format, String rootName, boolean pretty) throws PayloadException {
        try {
            return switch (format) {
                case JSON -> (pretty ? json.writerWithDefaultPrettyPrinter() : json.writer()).writeValueAsBytes(value);
                case XML -> (pretty ? xml.writerWithDefaultPrettyPrinter() : xml.writer())
                        .withRootName(rootName).writeValueAsBytes(value);
                case CSV -> throw new PayloadException("CSV output is not supported; write JSON or XML",
                        Location.UNKNOWN, null);
            };
        } catch (JsonProcessingException e) {
            throw new PayloadException("cannot write " + format + ": " + e.getOriginalMessage(), Location.UNKNOWN, e);
        }
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
