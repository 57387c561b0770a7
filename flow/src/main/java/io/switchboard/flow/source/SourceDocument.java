package io.switchboard.flow.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON or YAML file read into a Jackson tree, together with the line and column where every value starts, so
 * that a finding about {@code /rules/3/expression} can point at the text a person sees.
 *
 * <p>The places are kept per object and array, as four numbers per member (where its name stands, where its value
 * starts), in the members' order: no pointer strings are built while reading. A 13 MB contract has 1.5 million
 * values; a string and a map entry for each would cost more than reading the file.
 */
public final class SourceDocument {

    private static final JsonFactory JSON = new JsonFactory();
    /** Real contracts are large (GitHub's is 9.9 M code points); the parser's default cap of 3 M would refuse them. */
    private static final int YAML_CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private static final YAMLFactory YAML = new WholeTextYamlFactory(YAMLFactory.builder()
            .loaderOptions(yamlLoaderOptions()));

    private static org.yaml.snakeyaml.LoaderOptions yamlLoaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(YAML_CODE_POINT_LIMIT);
        return options;
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);
    private static final int KEY_LINE = 0;
    private static final int KEY_COLUMN = 1;
    private static final int LINE = 2;
    private static final int COLUMN = 3;
    private static final int STRIDE = 4;

    private final Path file;
    private final JsonNode root;
    private final Location rootLocation;
    /** For each object and array: {keyLine, keyColumn, line, column} of each member, in order. */
    private final Map<JsonNode, int[]> members;

    private SourceDocument(Path file, JsonNode root, Location rootLocation, Map<JsonNode, int[]> members) {
        this.file = file;
        this.root = root;
        this.rootLocation = rootLocation;
        this.members = members;
    }

    public static SourceDocument read(Path file) throws IOException, SourceFormatException {
        return parse(file, TextFiles.read(file));
    }

    /** Parses text as YAML when the file name says so, otherwise as JSON. */
    public static SourceDocument parse(Path file, String text) throws SourceFormatException {
        JsonFactory factory = isYaml(file) ? YAML : JSON;
        Map<JsonNode, int[]> members = new IdentityHashMap<>(Math.max(16, text.length() / 64));
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SourceFormatException(file, new Location(1, 1), "the file is empty", null);
            }
            Location rootLocation = locationOf(parser.currentTokenLocation());
            JsonNode root;
            try {
                root = new TreeReader(parser, members, new Anchors()).readValue();
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                // Jackson's limits say where nothing; the parser knows where it stopped.
                throw new SourceFormatException(file, locationOf(parser.currentLocation()),
                        "nested deeper than " + parser.streamReadConstraints().getMaxNestingDepth()
                                + " levels (objects and arrays inside each other)", e);
            }
            if (parser.nextToken() != null) {
                throw new SourceFormatException(file, locationOf(parser.currentTokenLocation()),
                        "unexpected content after the end of the document", null);
            }
            return new SourceDocument(file, root, rootLocation, members);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml
                    && yaml.getProblemMark() != null) {
                // SnakeYAML knows where the problem is; the token position Jackson reports can be a line earlier.
                org.yaml.snakeyaml.error.Mark mark = yaml.getProblemMark();
                throw new SourceFormatException(file, new Location(mark.getLine() + 1, mark.getColumn() + 1),
                        yaml.getProblem() == null ? firstLine(e.getOriginalMessage()) : yaml.getProblem(), e);
            }
            JsonLocation at = e.getLocation();
            Location location = at == null ? Location.UNKNOWN : locationOf(at);
            throw new SourceFormatException(file, location, firstLine(e.getOriginalMessage()), e);
        } catch (Problem e) {
            throw new SourceFormatException(file, e.at, e.getMessage(), e);
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            throw new SourceFormatException(file, locationOfCodePoint(text, e.getPosition()),
                    String.format("character U+%04X is not allowed in YAML", e.getCodePoint()), e);
        } catch (IOException e) {
            throw new SourceFormatException(file, Location.UNKNOWN, e.getMessage(), e);
        }
    }

    private static Location locationOfCodePoint(String text, int codePointIndex) {
        int end = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(line, text.codePointCount(lineStart, end) + 1);
    }

    private static String firstLine(String message) {
        return message == null ? "not well-formed" : message.lines().findFirst().orElse("").strip();
    }

    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public Path file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at a pointer starts; for a pointer that names nothing, its nearest existing ancestor. */
    public Location locate(String pointer) {
        return find(pointer, false);
    }

    /** Where the name of the field at a pointer stands; for an array item or the root, where its value starts. */
    public Location locateKey(String pointer) {
        return find(pointer, true);
    }

    private Location find(String pointer, boolean key) {
        if (pointer.isEmpty()) {
            return rootLocation;
        }
        JsonNode node = root;
        Location found = rootLocation;
        List<String> tokens = JsonPointers.segments(pointer);
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            int index = indexOf(node, token);
            int[] places = members.get(node);
            if (index < 0 || places == null || index * STRIDE >= places.length) {
                return found;
            }
            int at = index * STRIDE;
            boolean last = t == tokens.size() - 1;
            found = last && key && places[at + KEY_LINE] > 0
                    ? new Location(places[at + KEY_LINE], places[at + KEY_COLUMN])
                    : new Location(places[at + LINE], places[at + COLUMN]);
            node = node.isArray() ? node.get(index) : node.get(token);
        }
        return found;
    }

    private static int indexOf(JsonNode node, String token) {
        if (node.isArray()) {
            try {
                int index = Integer.parseInt(token);
                return index >= 0 && index < node.size() ? index : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (!node.isObject()) {
            return -1;
        }
        int index = 0;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); index++) {
            if (names.next().equals(token)) {
                return index;
            }
        }
        return -1;
    }


    private static Location locationOf(JsonLocation location) {
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    /** Builds the tree token by token, recording each member's places in its container's array. */
    /** What makes a document unusable though it parses: a repeated key, an alias too far. */
    private static final class Problem extends IOException {
        private final Location at;

        Problem(String message, Location at) {
            super(message);
            this.at = at;
        }
    }

    /**
     * YAML anchors seen so far, and how many values aliases have added: an alias stands for its anchor's value (one
     * shared node, not a copy), and a document whose aliases would expand past {@link #MAX_EXPANDED} values (the
     * "billion laughs") is refused rather than expanded.
     */
    private static final class Anchors {
        static final long MAX_EXPANDED = 10_000_000;
        private final Map<String, JsonNode> nodes = new java.util.HashMap<>();
        private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
        private long expanded;

        void anchor(String name, JsonNode node) {
            nodes.put(name, node);
            sizes.put(node, size(node));
        }

        JsonNode alias(String name, Location at) throws IOException {
            JsonNode node = nodes.get(name);
            if (node == null) {
                throw new Problem("the alias *" + name + " names no anchor defined before it", at);
            }
            expanded += sizes.get(node);
            if (expanded > MAX_EXPANDED) {
                throw new Problem("aliases expand to more than " + MAX_EXPANDED + " values: refused", at);
            }
            return node;
        }

        /** Values in a node, counting each alias inside it as large as what it stands for. */
        private long size(JsonNode node) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            long total = 1;
            for (JsonNode child : node) {
                total += size(child);
            }
            return total;
        }
    }

    private record TreeReader(JsonParser parser, Map<JsonNode, int[]> members, Anchors anchors) {

        JsonNode readValue() throws IOException {
            if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml) {
                if (yaml.isCurrentAlias()) {
                    return anchors.alias(yaml.getText(), locationOf(parser.currentTokenLocation()));
                }
                String anchor = yaml.getCurrentAnchor();
                JsonNode node = readYamlValue(yaml);
                if (anchor != null) {
                    anchors.anchor(anchor, node);
                }
                return node;
            }
            return readPlainValue();
        }

        /**
         * YAML 1.2, as OpenAPI tools read it: only true and false are booleans; the 1.1 words yes, no, on and off
         * (and y, n) stay text, so {@code enum: [NO, SE]} lists two countries.
         */
        private JsonNode readYamlValue(com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                String text = yaml.getText();
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    return NODES.textNode(text);
                }
            }
            return readPlainValue();
        }

        private JsonNode readPlainValue() throws IOException {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> readObject();
                case START_ARRAY -> readArray();
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(parser.getEmbeddedObject());
                default -> throw new IOException("unexpected token " + token);
            };
        }

        private ObjectNode readObject() throws IOException {
            ObjectNode node = NODES.objectNode();
            int[] places = new int[STRIDE * 4];
            int count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation key = parser.currentTokenLocation();
                int keyLine = key.getLineNr();
                int keyColumn = key.getColumnNr();
                parser.nextToken();
                JsonLocation value = parser.currentTokenLocation();
                int valueLine = value.getLineNr();
                int valueColumn = value.getColumnNr();
                if (node.has(name)) {
                    // JSON and YAML parsers keep the last silently: one of the two would be ignored unseen.
                    int first = places[indexOf(node, name) * STRIDE + KEY_LINE];
                    throw new Problem("duplicate key '" + name + "' (it is also at line " + first + "): one of them "
                            + "would be ignored", new Location(keyLine, keyColumn));
                }
                int slot = count++;
                node.set(name, readValue());
                places = record(places, slot, keyLine, keyColumn, valueLine, valueColumn);
            }
            members.put(node, Arrays.copyOf(places, count * STRIDE));
            return node;
        }

        private ArrayNode readArray() throws IOException {
            ArrayNode node = NODES.arrayNode();
            int[] places = new int[STRIDE * 4];
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation value = parser.currentTokenLocation();
                int valueLine = value.getLineNr();
                int valueColumn = value.getColumnNr();
                node.add(readValue());
                places = record(places, count++, 0, 0, valueLine, valueColumn);
            }
            members.put(node, Arrays.copyOf(places, count * STRIDE));
            return node;
        }

        private static int[] record(int[] places, int slot, int keyLine, int keyColumn, int line, int column) {
            int[] grown = (slot + 1) * STRIDE > places.length ? Arrays.copyOf(places, places.length * 2) : places;
            int at = slot * STRIDE;
            grown[at + KEY_LINE] = keyLine;
            grown[at + KEY_COLUMN] = keyColumn;
            grown[at + LINE] = line;
            grown[at + COLUMN] = column;
            return grown;
        }
    }
}
