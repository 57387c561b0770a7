package io.switchboard.designer.mapping.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The preview's output as indented JSON, with the target field path of each line (array items add no step, as in
 * the trees), so the lines of changed fields and of a failing field can be marked.
 */
public record PreviewText(String text, List<List<String>> pathOfLine) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static PreviewText of(JsonNode value) {
        Writer writer = new Writer();
        writer.value(value, List.of(), "");
        writer.endLine(List.of());
        return new PreviewText(writer.text.toString(), List.copyOf(writer.paths));
    }

    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final List<List<String>> paths = new ArrayList<>();

        void value(JsonNode value, List<String> path, String indent) {
            if (value.isObject() && value.size() > 0) {
                text.append('{');
                endLine(path);
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    List<String> child = append(path, field.getKey());
                    text.append(indent).append("  ").append(quote(field.getKey())).append(": ");
                    value(field.getValue(), child, indent + "  ");
                    if (fields.hasNext()) {
                        text.append(',');
                    }
                    endLine(child);
                }
                text.append(indent).append('}');
            } else if (value.isArray() && value.size() > 0) {
                text.append('[');
                endLine(path);
                for (int i = 0; i < value.size(); i++) {
                    text.append(indent).append("  ");
                    value(value.get(i), path, indent + "  ");
                    if (i < value.size() - 1) {
                        text.append(',');
                    }
                    endLine(path);
                }
                text.append(indent).append(']');
            } else {
                text.append(value.toString());
            }
        }

        void endLine(List<String> path) {
            text.append('\n');
            paths.add(path);
        }

        private static String quote(String name) {
            try {
                return JSON.writeValueAsString(name);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> append(List<String> path, String name) {
            List<String> all = new ArrayList<>(path);
            all.add(name);
            return List.copyOf(all);
        }
    }
}
