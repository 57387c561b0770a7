package io.switchboard.flow.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.schema.SchemaResolver;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads flow and mapping files. A file with problems is reported whole: syntax, then every schema violation at
 * once (unknown fields, wrong types, missing fields), then the checks of meaning (references, expressions, arrays,
 * the runtime's safety policy), each with the file, line, column and JSON path.
 */
public final class DefinitionLoader {

    public static final String FLOW_SUFFIX = ".flow.json";
    public static final String MAPPING_SUFFIX = ".mapping.json";

    private final ObjectMapper binder = JsonMapper.builder()
            // Unknown fields were already reported, all of them, by the schema check.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final FormatSchemaValidator flowSchema = FormatSchemaValidator.forResource("flow.schema.json");
    private final FormatSchemaValidator mappingSchema = FormatSchemaValidator.forResource("mapping.schema.json");
    private final RuntimeSafetyPolicy policy;
    private final PayloadCodec codec;
    private final java.util.function.Function<Path, FileScope> scopes;

    /** References stay inside the workspace of the file being loaded ({@link FileScope#ofWorkspace}). */
    public DefinitionLoader(RuntimeSafetyPolicy policy, PayloadCodec codec) {
        this.policy = policy;
        this.codec = codec;
        this.scopes = FileScope::ofWorkspace;
    }

    /** A loader whose files and references must all stay inside {@code scope} (a deployed bundle). */
    public DefinitionLoader(RuntimeSafetyPolicy policy, PayloadCodec codec, FileScope scope) {
        this.policy = policy;
        this.codec = codec;
        this.scopes = file -> scope;
    }

    public DefinitionLoader() {
        this(new RuntimeSafetyPolicy(), new PayloadCodec());
    }

    public LoadedMapping loadMapping(Path file) throws DefinitionException {
        FileScope scope = scopes.apply(file);
        return loadMapping(file, new SchemaResolver(scope), scope);
    }

    public LoadedFlow loadFlow(Path file) throws DefinitionException {
        return loadFlow(file, null);
    }

    /**
     * Loads a flow from {@code text} as if it were the content of {@code file} (an editor's unsaved flow): its
     * references resolve from the file's folder, inside the same scope.
     */
    public LoadedFlow loadFlow(Path file, String text) throws DefinitionException {
        FileScope scope = scopes.apply(file);
        SchemaResolver resolver = new SchemaResolver(scope);
        Read read = text == null ? read(file, flowSchema, scope) : read(file, text, flowSchema, scope);
        FindingCollector findings = read.findings();
        Flow flow = bind(read, Flow.class).orElseThrow(() -> new DefinitionException(findings.findings()));
        FlowChecker checker = new FlowChecker(resolver, policy, mapping -> loadMapping(mapping, resolver, scope));
        FlowChecker.Resolved resolved = checkDespiteSchemaErrors(findings, () -> checker.check(flow, findings));
        if (findings.hasErrors()) {
            throw new DefinitionException(findings.findings());
        }
        return new LoadedFlow(flow, findings.document(), resolved.mappings(), resolved.schemas(),
                findings.findings());
    }

    /** Every finding for a flow or mapping file (chosen by its name), errors and warnings; never throws. */
    public List<Finding> validate(Path file) {
        String name = file.getFileName().toString();
        try {
            List<Finding> warnings;
            if (name.endsWith(FLOW_SUFFIX)) {
                warnings = loadFlow(file).warnings();
            } else if (name.endsWith(MAPPING_SUFFIX)) {
                warnings = loadMapping(file).warnings();
            } else {
                return List.of(Finding.error(file, io.switchboard.flow.source.Location.UNKNOWN, null,
                        "not a flow or mapping file: the name should end with " + FLOW_SUFFIX + " or "
                                + MAPPING_SUFFIX));
            }
            return warnings;
        } catch (DefinitionException e) {
            return e.findings();
        }
    }

    private LoadedMapping loadMapping(Path file, SchemaResolver resolver, FileScope scope)
            throws DefinitionException {
        Read read = read(file, mappingSchema, scope);
        FindingCollector findings = read.findings();
        Mapping mapping = bind(read, Mapping.class)
                .orElseThrow(() -> new DefinitionException(findings.findings()));
        MappingChecker checker = new MappingChecker(resolver, codec, scope);
        MappingChecker.Shapes shapes = checkDespiteSchemaErrors(findings, () -> checker.check(mapping, findings));
        if (findings.hasErrors()) {
            throw new DefinitionException(findings.findings());
        }
        return new LoadedMapping(mapping, findings.document(), shapes.source(), shapes.target(), findings.findings());
    }

    /** Reads and schema-checks a file; a file that cannot be read or parsed ends the load at once. */
    /** A file's findings so far, and its tree without the values the schema check rejected. */
    private record Read(FindingCollector findings, JsonNode bindable) {
    }

    private Read read(Path file, FormatSchemaValidator schema, FileScope scope) throws DefinitionException {
        SourceDocument document;
        try {
            scope.check(file);
        } catch (FileScope.OutsideScopeException e) {
            throw single(file, e.getMessage());
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw single(file, "file not found");
            }
            document = SourceDocument.read(file);
        } catch (SourceFormatException e) {
            throw new DefinitionException(List.of(Finding.error(file, e.location(), null,
                    "not well-formed: " + e.withoutQuotes())));
        } catch (IOException e) {
            throw single(file, "cannot read the file: " + e.getMessage());
        }
        return checked(document, schema);
    }

    private Read read(Path file, String text, FormatSchemaValidator schema, FileScope scope)
            throws DefinitionException {
        try {
            scope.check(file);
            return checked(SourceDocument.parse(file, text), schema);
        } catch (FileScope.OutsideScopeException e) {
            throw single(file, e.getMessage());
        } catch (SourceFormatException e) {
            throw new DefinitionException(List.of(Finding.error(file, e.location(), null,
                    "not well-formed: " + e.withoutQuotes())));
        }
    }

    private static Read checked(SourceDocument document, FormatSchemaValidator schema) {
        FindingCollector findings = new FindingCollector(document);
        Set<String> invalidValues = schema.validate(document.root(), findings);
        return new Read(findings, ValuePruner.without(document.root(), invalidValues));
    }

    /** Binds the tree to records; when the schema found errors, binding is still tried to reach the deeper checks. */
    private <T> Optional<T> bind(Read read, Class<T> type) {
        FindingCollector findings = read.findings();
        try {
            return Optional.of(binder.treeToValue(read.bindable(), type));
        } catch (IOException | IllegalArgumentException e) {
            if (!findings.hasErrors()) {
                findings.error("", "cannot read the " + type.getSimpleName().toLowerCase() + ": " + e.getMessage());
            }
            return Optional.empty();
        }
    }

    /**
     * Runs the checks of meaning even when the schema check failed, so that one pass reports everything; a file
     * that broken may trip them up, and then the schema findings already say what is wrong.
     */
    private static <T> T checkDespiteSchemaErrors(FindingCollector findings, java.util.function.Supplier<T> checks)
            throws DefinitionException {
        try {
            return checks.get();
        } catch (RuntimeException e) {
            if (findings.hasErrors()) {
                throw new DefinitionException(findings.findings());
            }
            throw e;
        }
    }

    private static DefinitionException single(Path file, String message) {
        return new DefinitionException(new ArrayList<>(List.of(
                Finding.error(file, io.switchboard.flow.source.Location.UNKNOWN, null, message))));
    }
}
