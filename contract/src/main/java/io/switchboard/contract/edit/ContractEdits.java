package io.switchboard.contract.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.contract.ContractDocument;
import io.switchboard.flow.source.JsonPointers;
import io.switchboard.flow.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds entries to a contract by editing its text where they belong, in the style the file already uses (YAML
 * blocks at the file's indentation, or JSON), so the rest of the file, its comments and its layout stay as they were.
 */
public final class ContractEdits {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ContractDocument document;
    private final String text;
    private final TextPositions positions;

    public ContractEdits(ContractDocument document) {
        this.document = document;
        this.text = document.text();
        this.positions = new TextPositions(text);
    }

    /**
     * Sets {@code key} to {@code value} in the object at {@code pointer}, creating the missing objects on the way;
     * refuses when the key is already there.
     */
    public TextEdit putEntry(String pointer, String key, JsonNode value) throws EditException {
        String target = JsonPointers.child(pointer, key);
        if (!document.at(target).isMissingNode()) {
            throw new EditException(JsonPointers.toDisplayPath(target) + " already exists at line "
                    + document.locateKey(target).line());
        }
        String existing = pointer;
        List<String> missing = new ArrayList<>();
        while (document.at(existing).isMissingNode()) {
            missing.add(0, JsonPointers.last(existing));
            existing = JsonPointers.parent(existing);
        }
        JsonNode wrapped = value;
        String entryKey = key;
        if (!missing.isEmpty()) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode current = root;
            for (int i = 1; i < missing.size(); i++) {
                current = current.putObject(missing.get(i));
            }
            current.set(key, value);
            wrapped = root;
            entryKey = missing.get(0);
        }
        if (!document.at(existing).isObject()) {
            throw new EditException(JsonPointers.toDisplayPath(existing) + " is not an object, so nothing can be added"
                    + " to it");
        }
        return document.isYaml() && !isFlow(existing) ? yamlBlockEntry(existing, entryKey, wrapped)
                : flowEntry(existing, entryKey, wrapped);
    }

    /** Appends an item to the array at {@code pointer} (creating the array, with this item, when missing). */
    public TextEdit appendItem(String pointer, JsonNode item) throws EditException {
        JsonNode array = document.at(pointer);
        if (array.isMissingNode()) {
            return putEntry(JsonPointers.parent(pointer), JsonPointers.last(pointer),
                    JSON.createArrayNode().add(item));
        }
        if (!array.isArray()) {
            throw new EditException(JsonPointers.toDisplayPath(pointer) + " is not a list");
        }
        if (document.isYaml() && !isFlow(pointer)) {
            Location key = document.locateKey(pointer);
            int last = blockEnd(key.line(), TextPositions.indentOf(positions.line(key.line())));
            int itemIndent = TextPositions.indentOf(positions.line(document.locate(pointer).line()));
            String rendered = yaml(JSON.createArrayNode().add(item));
            return new TextEdit(positions.lineStart(last + 1), positions.lineStart(last + 1),
                    ensureNewline(last) + indent(rendered, itemIndent));
        }
        int open = positions.offset(document.locate(pointer));
        int close = matching(open);
        String json = flowText(item);
        String separator = array.isEmpty() ? "" : ", ";
        int insertAt = close;
        while (insertAt > open + 1 && Character.isWhitespace(text.charAt(insertAt - 1))) {
            insertAt--;
        }
        return new TextEdit(insertAt, insertAt, separator + json);
    }

    private boolean isFlow(String pointer) {
        Location value = document.locate(pointer);
        if (!value.isKnown() || pointer.isEmpty()) {
            return false;
        }
        char first = text.charAt(positions.offset(value));
        return first == '{' || first == '[';
    }

    private TextEdit yamlBlockEntry(String objectPointer, String key, JsonNode value) {
        String rendered = QuoteStyle.of(text).apply(yaml(JSON.createObjectNode().set(key, value)));
        if (objectPointer.isEmpty()) {
            int end = text.length();
            String prefix = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            return new TextEdit(end, end, prefix + rendered);
        }
        Location keyAt = document.locateKey(objectPointer);
        int keyIndent = TextPositions.indentOf(positions.line(keyAt.line()));
        int childIndent = document.at(objectPointer).isEmpty() ? keyIndent + 2
                : document.locate(objectPointer).column() - 1;
        int last = blockEnd(keyAt.line(), keyIndent);
        return new TextEdit(positions.lineStart(last + 1), positions.lineStart(last + 1),
                ensureNewline(last) + indent(rendered, childIndent));
    }

    /** The last line of the block that starts at {@code line}: following lines indented deeper, or blank. */
    private int blockEnd(int line, int keyIndent) {
        int last = line;
        for (int next = line + 1; next <= positions.lineCount(); next++) {
            String candidate = positions.line(next);
            if (candidate.isBlank()) {
                continue;
            }
            int indent = TextPositions.indentOf(candidate);
            boolean listUnderKey = indent == keyIndent && candidate.stripLeading().startsWith("- ");
            if (indent <= keyIndent && !listUnderKey) {
                break;
            }
            last = next;
        }
        return last;
    }

    private String ensureNewline(int line) {
        return line >= positions.lineCount() && !text.endsWith("\n") ? "\n" : "";
    }

    private TextEdit flowEntry(String objectPointer, String key, JsonNode value) {
        int open = objectPointer.isEmpty() ? text.indexOf('{') : positions.offset(document.locate(objectPointer));
        boolean empty = document.at(objectPointer).isEmpty();
        if (!document.isYaml()) {
            int indent = objectPointer.isEmpty() ? 2 : document.locateKey(objectPointer).column() + 1;
            String pad = " ".repeat(indent);
            String json = indent(JsonText.pretty(value), indent).stripLeading();
            String entry = "\n" + pad + quote(key) + ": " + json.stripTrailing() + (empty ? "\n"
                    + " ".repeat(Math.max(0, indent - 2)) : ",");
            return new TextEdit(open + 1, open + 1, entry);
        }
        String entry = quote(key) + ": " + flowText(value) + (empty ? "" : ", ");
        return new TextEdit(open + 1, open + 1, entry);
    }

    /** The offset of the bracket that closes the one at {@code open}, skipping quoted text. */
    private int matching(int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flowText(JsonNode node) {
        return node.toString();
    }

    private static String quote(String key) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(key).toString();
    }

    private static String indent(String block, int spaces) {
        String pad = " ".repeat(spaces);
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
            out.append('\n');
        }
        String result = out.toString();
        return result.endsWith("\n\n") ? result.substring(0, result.length() - 1) : result;
    }

}
