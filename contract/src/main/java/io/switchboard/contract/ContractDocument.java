package io.switchboard.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An OpenAPI contract as text and as a tree, with the line and column of every key and value, so each finding,
 * outline entry and reference points at the text a person reads. Immutable: an edit makes a new document.
 */
public final class ContractDocument {

    private final SourceDocument source;
    private final String text;
    private final OpenApiVersion version;

    private ContractDocument(SourceDocument source, String text) {
        this.source = source;
        this.text = text;
        this.version = OpenApiVersion.of(source.root());
    }

    public static ContractDocument read(Path file) throws IOException, SourceFormatException {
        return parse(file, io.switchboard.flow.source.TextFiles.read(file));
    }

    /** Parses YAML when the file name says so, otherwise JSON; a syntax error carries its line and column. */
    public static ContractDocument parse(Path file, String text) throws SourceFormatException {
        return new ContractDocument(SourceDocument.parse(file, text), text);
    }

    public Path file() {
        return source.file();
    }

    /** The parsed file with its locations, for the parts that read other files beside it. */
    public SourceDocument source() {
        return source;
    }

    public String text() {
        return text;
    }

    public JsonNode root() {
        return source.root();
    }

    public OpenApiVersion version() {
        return version;
    }

    public boolean isYaml() {
        return SourceDocument.isYaml(source.file());
    }

    public static boolean isYamlFile(Path file) {
        return SourceDocument.isYaml(file);
    }

    /** The value at a pointer, or a missing node. */
    public JsonNode at(String pointer) {
        return source.root().at(pointer);
    }

    /** Where the value at the pointer starts (or its nearest ancestor's, for a pointer that names nothing). */
    public Location locate(String pointer) {
        return source.locate(pointer);
    }

    /** Where the key of the pointer's field stands: what a person looks for when a finding names a field. */
    public Location locateKey(String pointer) {
        return source.locateKey(pointer);
    }

    public ContractFinding finding(String rule, FindingSeverity severity, String pointer, String message) {
        return new ContractFinding(rule, severity, pointer, locateKey(pointer), message, file());
    }
}
