package io.switchboard.benchmarks.canvas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark's big mapping: two JSON Schemas of 500 leaf fields each (25 objects of 20 fields) and a
 * mapping with 300 lines, a quarter of them through a function, every tenth joining two source fields.
 */
final class GeneratedMapping {

    static final int GROUPS = 25;
    static final int FIELDS_PER_GROUP = 20;
    static final int LINES = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedMapping() {
    }

    /** The same two schemas with no rules: the baseline that shows what the lines cost. */
    static Path writeWithoutLines(Path folder) throws IOException {
        write(folder);
        ObjectNode mapping = (ObjectNode) JSON.readTree(folder.resolve("mappings/big.mapping.json").toFile());
        mapping.remove("rules");
        mapping.put("id", "empty");
        Path file = folder.resolve("mappings/empty.mapping.json");
        Files.write(file, JSON.writeValueAsBytes(mapping));
        return file;
    }

    /** Answers the mapping file. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("schemas"));
        Files.createDirectories(folder.resolve("mappings"));
        Files.write(folder.resolve("schemas/source.schema.json"), JSON.writeValueAsBytes(schema("in", "field")));
        Files.write(folder.resolve("schemas/target.schema.json"), JSON.writeValueAsBytes(schema("out", "value")));
        ObjectNode mapping = JSON.createObjectNode();
        mapping.put("version", 1);
        mapping.put("id", "big");
        mapping.putObject("source").put("file", "../schemas/source.schema.json");
        mapping.putObject("target").put("file", "../schemas/target.schema.json");
        ArrayNode rules = mapping.putArray("rules");
        int line = 0;
        for (int group = 0; group < GROUPS && line < LINES; group++) {
            ObjectNode object = rules.addObject();
            object.put("target", "out" + group);
            ArrayNode fields = object.putArray("rules");
            for (int field = 0; field < FIELDS_PER_GROUP && line < LINES; field++, line++) {
                // Crossed lines: each target group reads from a group further down the source.
                int sourceGroup = (group * 7) % GROUPS;
                String path = ".in" + sourceGroup + ".field" + field;
                String expression = line % 10 == 0 ? path + " + \" \" + .in" + ((sourceGroup + 1) % GROUPS) + ".field" + field
                        : line % 4 == 0 ? "uppercase(" + path + ")" : path;
                fields.addObject().put("target", "value" + field).put("expression", expression);
            }
        }
        Path file = folder.resolve("mappings/big.mapping.json");
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(mapping));
        return file;
    }

    private static ObjectNode schema(String groupPrefix, String fieldPrefix) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "object");
        ObjectNode groups = root.putObject("properties");
        for (int group = 0; group < GROUPS; group++) {
            ObjectNode object = groups.putObject(groupPrefix + group);
            object.put("type", "object");
            ObjectNode fields = object.putObject("properties");
            for (int field = 0; field < FIELDS_PER_GROUP; field++) {
                fields.putObject(fieldPrefix + field).put("type", "string");
            }
        }
        return root;
    }
}
