package io.switchboard.flow.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.text.CanonicalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A mapping's test cases: pairs of an input and the output it must become, kept in the workspace as
 * {@code samples/<mapping id>/<case>.input.(json|xml|csv)} and {@code samples/<mapping id>/<case>.expected.json},
 * so that a fix made from a failed message stays covered ({@code switchboard test} runs them all).
 */
public final class MappingTestCases {

    /** One pair; {@code expected} is null when the input has none yet. */
    public record Case(String name, Path input, Path expected) {
    }

    /** Where an output first differs from what was expected, as a JSON pointer, and what each side has there. */
    public record Difference(String pointer, String expected, String actual) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "the whole output" : pointer) + ": expected " + expected + ", got " + actual;
        }
    }

    private static final int MAX_CASES = 1_000;

    private MappingTestCases() {
    }

    public static Path folder(Path workspace, String mappingId) {
        return workspace.resolve("samples").resolve(safe(mappingId));
    }

    /** The mapping's cases, by name; a case file that leads outside the workspace (a link) is refused, named. */
    public static List<Case> of(Path workspace, String mappingId) throws IOException {
        Path folder = inside(workspace, folder(workspace, mappingId));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path input : files.filter(file -> file.getFileName().toString().matches(".+\\.input\\.(json|xml|csv)"))
                    .sorted().limit(MAX_CASES).toList()) {
                String fileName = input.getFileName().toString();
                String name = fileName.substring(0, fileName.indexOf(".input."));
                Path expected = folder.resolve(name + ".expected.json");
                cases.add(new Case(name, inside(workspace, input),
                        Files.isRegularFile(expected) ? inside(workspace, expected) : null));
            }
        }
        return cases;
    }

    /**
     * Saves a pair: the input as it came and the expected output in the studio's file format. {@code name} is
     * made safe for a file name; an existing pair of that name is replaced.
     */
    public static Case save(Path workspace, String mappingId, String name, String input, PayloadFormat format,
                            JsonNode expected) throws IOException {
        Path folder = Files.createDirectories(inside(workspace, folder(workspace, mappingId)));
        String safeName = safe(name);
        Path inputFile = inside(workspace, folder.resolve(safeName + ".input."
                + format.name().toLowerCase(Locale.ROOT)));
        Path expectedFile = inside(workspace, folder.resolve(safeName + ".expected.json"));
        Files.writeString(inputFile, input, StandardCharsets.UTF_8);
        Files.writeString(expectedFile, CanonicalJson.write(expected), StandardCharsets.UTF_8);
        return new Case(safeName, inputFile, expectedFile);
    }

    /** The first place two outputs differ; empty when they are equal as JSON (numbers by value, keys in any order). */
    public static Optional<Difference> compare(JsonNode expected, JsonNode actual) {
        return difference("", expected, actual);
    }

    private static Optional<Difference> difference(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty()
                    : Optional.of(new Difference(pointer, expected.toString(), actual.toString()));
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return Optional.of(new Difference(pointer, expected.toString(), actual.toString()));
        }
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (!actual.has(field.getKey())) {
                    return Optional.of(new Difference(at, field.getValue().toString(), "nothing"));
                }
                Optional<Difference> inner = difference(at, field.getValue(), actual.get(field.getKey()));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            Iterator<String> names = actual.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!expected.has(name)) {
                    return Optional.of(new Difference(pointer + "/" + name, "nothing", actual.get(name).toString()));
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (i >= expected.size() || i >= actual.size()) {
                    return Optional.of(new Difference(pointer + "/" + i,
                            i < expected.size() ? expected.get(i).toString() : "nothing",
                            i < actual.size() ? actual.get(i).toString() : "nothing"));
                }
                Optional<Difference> inner = difference(pointer + "/" + i, expected.get(i), actual.get(i));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty()
                : Optional.of(new Difference(pointer, expected.toString(), actual.toString()));
    }

    /** The path, when it stays inside the workspace also through links; otherwise an error that names it. */
    private static Path inside(Path workspace, Path path) throws IOException {
        try {
            return FileScope.within(workspace).check(path);
        } catch (FileScope.OutsideScopeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A name usable as a file name anywhere: letters, digits, dot, dash and underscore; no leading dot. */
    static String safe(String name) {
        String cleaned = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("a test case needs a name of letters or digits, not '" + name + "'");
        }
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}
