package io.switchboard.designer.mapping.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.source.TextFiles;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.switchboard.flow.text.CanonicalJson;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.SampleFieldTree;
import io.switchboard.flow.schema.SchemaFieldTree;
import io.switchboard.flow.schema.SchemaResolutionException;
import io.switchboard.flow.schema.SchemaResolver;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Reading and writing the editor's files: mappings, and the schemas or samples their two sides come from. Does file
 * I/O: call it off the FX thread.
 */
public final class MappingFiles {

    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A key given twice is an error, not a silent last-wins.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final PayloadCodec codec;

    public MappingFiles(PayloadCodec codec) {
        this.codec = codec;
    }

    public PayloadCodec codec() {
        return codec;
    }

    /** A mapping and its two trees; a side that cannot be read is an empty tree and a problem saying why. */
    public record Opened(Path file, Mapping mapping, FieldNode source, FieldNode target, List<String> problems) {
    }

    public record Side(FieldNode tree, Optional<String> problem) {
    }

    public Opened open(Path file) throws MappingFileException {
        Mapping mapping;
        try {
            mapping = json.readValue(TextFiles.bytes(file, TextFiles.MAX_BYTES), Mapping.class);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new MappingFileException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a mapping: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MappingFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        SchemaResolver resolver = new SchemaResolver(FileScope.ofWorkspace(file));
        Side source = side(file, mapping.source(), resolver);
        Side target = side(file, mapping.target(), resolver);
        List<String> problems = java.util.stream.Stream.of(source.problem(), target.problem())
                .flatMap(Optional::stream).toList();
        return new Opened(file, mapping, source.tree(), target.tree(), problems);
    }

    /** The tree of one side, relative to the mapping file's folder. */
    public Side side(Path mappingFile, SchemaRef ref, SchemaResolver resolver) {
        if (ref == null) {
            return new Side(FieldNode.unknownDocument(), Optional.empty());
        }
        Path base = mappingFile.toAbsolutePath().getParent();
        if (ref.sample() != null) {
            Path sample = base.resolve(ref.sample()).normalize();
            try {
                FileScope.ofWorkspace(mappingFile).check(sample);
            } catch (FileScope.OutsideScopeException e) {
                return new Side(FieldNode.unknownDocument(), Optional.of("sample " + e.getMessage()));
            }
            return sample(sample);
        }
        try {
            return new Side(new SchemaFieldTree(resolver).root(resolver.resolve(base, ref)), Optional.empty());
        } catch (SchemaResolutionException e) {
            return new Side(FieldNode.unknownDocument(), Optional.of("schema " + ref.describe() + ": " + e.getMessage()));
        }
    }

    /** A tree inferred from a sample payload (JSON, XML or CSV, told by the file's name). */
    public Side sample(Path file) {
        Optional<PayloadFormat> format = PayloadFormat.fromFileName(file);
        if (format.isEmpty()) {
            return new Side(FieldNode.unknownDocument(),
                    Optional.of(file + ": cannot tell the sample's format from its name (use .json, .xml or .csv)"));
        }
        try {
            return new Side(SampleFieldTree.root(codec.read(TextFiles.bytes(file, TextFiles.MAX_PAYLOAD_BYTES),
                    format.get())), Optional.empty());
        } catch (PayloadException e) {
            return new Side(FieldNode.unknownDocument(), Optional.of(file
                    + (e.location().isKnown() ? ":" + e.location().line() + ":" + e.location().column() : "") + ": "
                    + e.getMessage()));
        } catch (IOException e) {
            return new Side(FieldNode.unknownDocument(), Optional.of("cannot read " + file + ": " + e.getMessage()));
        }
    }

    /** The schemas a contract (or a JSON Schema file, which offers just its root) can give a side. */
    public List<SchemaChoice> choices(Path contract) throws MappingFileException {
        try {
            JsonNode root = SourceDocument.read(contract).root();
            if (!root.has("openapi") && !root.has("swagger")) {
                return List.of(new SchemaChoice(contract.getFileName() + " (JSON Schema)", ""));
            }
            return SchemaCatalog.of(root);
        } catch (IOException e) {
            throw new MappingFileException("cannot read " + contract + ": " + e.getMessage(), e);
        } catch (SourceFormatException e) {
            throw new MappingFileException(contract + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the mapping in the studio's one file format ({@link CanonicalJson}: saving unchanged rewrites nothing,
     * an edited expression is one changed line) through a temporary file, so a failed write never leaves half a
     * mapping.
     */
    public void save(Path file, Mapping mapping) throws MappingFileException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".saving");
            Files.writeString(temporary, CanonicalJson.write(json.valueToTree(mapping)));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MappingFileException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    /** How a mapping refers to a file beside or above it: relative to the mapping's folder, with forward slashes. */
    public static String relative(Path mappingFile, Path other) {
        Path base = mappingFile.toAbsolutePath().getParent();
        return base.relativize(other.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
