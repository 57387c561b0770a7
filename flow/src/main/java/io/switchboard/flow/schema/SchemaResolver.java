package io.switchboard.flow.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the schema a {@link SchemaRef} points at and follows {@code $ref}s, reading each contract file once.
 * Not thread-safe: one resolver serves one load or export.
 */
public final class SchemaResolver {

    private static final int MAX_REF_HOPS = 64;

    private final Map<Path, SourceDocument> documents = new HashMap<>();
    private final FileScope scope;

    public SchemaResolver() {
        this(FileScope.ANYWHERE);
    }

    /** A resolver that refuses schema files outside {@code scope}. */
    public SchemaResolver(FileScope scope) {
        this.scope = scope;
    }

    /** Resolves a file-based reference relative to the directory of the file that holds it. */
    public ResolvedSchema resolve(Path baseDir, SchemaRef ref) throws SchemaResolutionException {
        if (ref.file() == null) {
            throw new SchemaResolutionException("the reference names no schema file");
        }
        SourceDocument document = document(baseDir.resolve(ref.file()).normalize());
        return dereference(at(document, ref.pointer()));
    }

    /** Follows {@code $ref} until it reaches a schema that is not itself a reference. */
    public ResolvedSchema dereference(ResolvedSchema schema) throws SchemaResolutionException {
        ResolvedSchema current = schema;
        for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
            JsonNode ref = current.node().get("$ref");
            if (ref == null || !ref.isTextual()) {
                return current;
            }
            current = follow(current.document(), ref.asText());
        }
        throw new SchemaResolutionException("$ref chain longer than " + MAX_REF_HOPS + " at " + schema.pointer());
    }

    /** Resolves one {@code $ref} value ({@code #/components/...} or {@code other.yaml#/...}) from a document. */
    public ResolvedSchema follow(SourceDocument from, String ref) throws SchemaResolutionException {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        SourceDocument target = filePart.isEmpty()
                ? from
                : document(from.file().toAbsolutePath().getParent().resolve(filePart).normalize());
        return at(target, pointer);
    }

    public SourceDocument document(Path file) throws SchemaResolutionException {
        SourceDocument cached = documents.get(file);
        if (cached != null) {
            return cached;
        }
        try {
            scope.check(file);
        } catch (FileScope.OutsideScopeException e) {
            throw new SchemaResolutionException(e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new SchemaResolutionException("schema file not found: " + file);
        }
        try {
            SourceDocument document = SourceDocument.read(file);
            documents.put(file, document);
            return document;
        } catch (SourceFormatException e) {
            throw new SchemaResolutionException("schema file " + file.getFileName() + " is not well-formed at "
                    + e.location() + ": " + e.withoutQuotes());
        } catch (IOException e) {
            throw new SchemaResolutionException("cannot read schema file " + file + ": " + e.getMessage());
        }
    }

    private static ResolvedSchema at(SourceDocument document, String pointer) throws SchemaResolutionException {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new SchemaResolutionException("pointer must start with '/': " + pointer);
        }
        JsonNode node = document.root().at(pointer);
        if (node.isMissingNode()) {
            throw new SchemaResolutionException("no schema at " + pointer + " in " + document.file());
        }
        return new ResolvedSchema(document, pointer, node);
    }
}
