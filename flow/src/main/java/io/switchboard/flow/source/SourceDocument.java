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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON or YAML file read into a Jackson tree, together with the line and column where every value starts, so
 * that a finding about {@code /rules/3/expression} can point at the text a person sees.
 */
public final class SourceDocument {

    private static final JsonFactory JSON = new JsonFactory();
    /** Real contracts are large (GitHub's is 9.9 M code points); the parser's default cap of 3 M would refuse them. */
    private static final int YAML_CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(yamlLoaderOptions())
            .build();

    private static org.yaml.snakeyaml.LoaderOptions yamlLoaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(YAML_CODE_POINT_LIMIT);
        return options;
    }
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private final Path file;
    private final JsonNode root;
    private final Map<String, Location> locations;
    private final Map<String, Location> keyLocations;

    private SourceDocument(Path file, JsonNode root, Map<String, Location> locations,
                           Map<String, Location> keyLocations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.keyLocations = keyLocations;
    }

    public static SourceDocument read(Path file) throws IOException, SourceFormatException {
        return parse(file, Files.readString(file));
    }

    /** Parses text as YAML when the file name says so, otherwise as JSON. */
    public static SourceDocument parse(Path file, String text) throws SourceFormatException {
        JsonFactory factory = isYaml(file) ? YAML : JSON;
        Map<String, Location> locations = new HashMap<>();
        Map<String, Location> keyLocations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SourceFormatException(file, new Location(1, 1), "the file is empty", null);
            }
            JsonNode root = new TreeReader(parser, locations, keyLocations).readValue("");
            if (parser.nextToken() != null) {
                throw new SourceFormatException(file, locationOf(parser.currentTokenLocation()),
                        "unexpected content after the end of the document", null);
            }
            return new SourceDocument(file, root, locations, keyLocations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? Location.UNKNOWN : locationOf(at);
            throw new SourceFormatException(file, location, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceFormatException(file, Location.UNKNOWN, e.getMessage(), e);
        }
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
        String current = pointer;
        while (true) {
            Location found = locations.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return Location.UNKNOWN;
            }
            current = JsonPointers.parent(current);
        }
    }

    /** Where the name of the field at a pointer stands; for an array item or the root, where its value starts. */
    public Location locateKey(String pointer) {
        Location key = keyLocations.get(pointer);
        return key != null ? key : locate(pointer);
    }

    private static Location locationOf(JsonLocation location) {
        return new Location(location.getLineNr(), location.getColumnNr());
    }

    /** Builds the tree token by token, recording each value's location under its pointer. */
    private record TreeReader(JsonParser parser, Map<String, Location> locations, Map<String, Location> keyLocations) {

        JsonNode readValue(String pointer) throws IOException {
            locations.put(pointer, locationOf(parser.currentTokenLocation()));
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> readObject(pointer);
                case START_ARRAY -> readArray(pointer);
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

        private ObjectNode readObject(String pointer) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = JsonPointers.child(pointer, name);
                keyLocations.put(child, locationOf(parser.currentTokenLocation()));
                parser.nextToken();
                node.set(name, readValue(child));
            }
            return node;
        }

        private ArrayNode readArray(String pointer) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(readValue(JsonPointers.child(pointer, index++)));
            }
            return node;
        }
    }
}
