package io.switchboard.designer.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.switchboard.designer.mapping.files.MappingFileException;
import io.switchboard.designer.mapping.files.MappingFiles;
import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.export.ExportException;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.model.ErrorPolicy;
import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.model.Step;
import io.switchboard.flow.safety.RuntimeSafetyPolicy;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.SourceDocument;
import io.switchboard.flow.source.SourceFormatException;
import io.switchboard.flow.text.CanonicalJson;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.flow.validation.LoadedFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reading, checking and writing flow files for the flow editor, and creating a flow with its mapping from a
 * contract operation. Does file I/O: call it off the FX thread.
 */
public final class FlowFiles {

    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final DefinitionLoader loader;
    private final CamelYamlExporter exporter;
    private final MappingFiles mappings;

    public FlowFiles(PayloadCodec codec) {
        RuntimeSafetyPolicy policy = new RuntimeSafetyPolicy();
        this.loader = new DefinitionLoader(policy, codec);
        this.exporter = new CamelYamlExporter(new MappingEngine(codec), policy);
        this.mappings = new MappingFiles(codec);
    }

    /** A flow file as read, even when it has findings; a file that is not a flow at all is an exception. */
    public Flow open(Path file) throws FlowFileException {
        try {
            return json.treeToValue(SourceDocument.read(file).root(), Flow.class);
        } catch (SourceFormatException e) {
            throw new FlowFileException(file.getFileName() + " " + e.location() + ": not well-formed: "
                    + e.withoutQuotes(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FlowFileException("cannot read " + file.getFileName() + " as a flow: " + e.getMessage(), e);
        }
    }

    /** The flow's text in the studio's one file format. */
    public String text(Flow flow) {
        return CanonicalJson.write(json.valueToTree(flow));
    }

    /**
     * Everything a deploy would refuse, before one is tried: the format and meaning checks of the flow (as saved at
     * {@code file}, its references resolved from there) and of its mappings, then the export to Camel YAML.
     */
    public List<Finding> check(Path file, Flow flow) {
        LoadedFlow loaded;
        try {
            loaded = loader.loadFlow(file, text(flow));
        } catch (DefinitionException e) {
            return e.findings();
        }
        List<Finding> findings = new ArrayList<>(loaded.warnings());
        Path out = null;
        try {
            out = Files.createTempDirectory("switchboard-export-check");
            exporter.export(loaded, out);
        } catch (ExportException e) {
            findings.add(Finding.error(file, Location.UNKNOWN, "", "the export to Camel YAML refuses it: "
                    + e.getMessage()));
        } catch (IOException e) {
            findings.add(Finding.error(file, Location.UNKNOWN, "", "cannot try the export: " + e.getMessage()));
        } finally {
            deleteQuietly(out);
        }
        return findings;
    }

    /** Writes through a temporary file, so a failed write never leaves half a flow. */
    public void save(Path file, Flow flow) throws FlowFileException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".saving");
            Files.writeString(temporary, text(flow));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FlowFileException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The operations of the workspace's contracts, each named by its path relative to {@code flowFile} (for a new
     * flow: any file in {@code flows/}).
     */
    public List<ContractOperation> operations(Path flowFile, List<Path> contracts) {
        List<ContractOperation> operations = new ArrayList<>();
        for (Path contract : contracts) {
            try {
                operations.addAll(ContractOperations.of(MappingFiles.relative(flowFile, contract),
                        SourceDocument.read(contract).root()));
            } catch (IOException | SourceFormatException e) {
                // A contract that cannot be read offers nothing; its editor says why.
            }
        }
        return operations;
    }

    /**
     * Creates {@code flows/<id>.flow.json} receiving the operation, validating its request body and mapping it with
     * a new {@code mappings/<id>.mapping.json} from the request body to {@code target} (a schema of a contract);
     * delivered to the runtime's log until a target is chosen. Refuses to overwrite either file.
     */
    public Path createFromOperation(Path workspace, String id, ContractOperation operation, Path targetContract,
                                    String targetPointer) throws FlowFileException {
        if (!id.matches("[a-z][a-z0-9-]{0,62}")) {
            throw new FlowFileException("The flow id \"" + id + "\" must be lower-case letters, digits and dashes, "
                    + "starting with a letter (it names the flow's files and its route)", null);
        }
        if (operation.requestSchema() == null) {
            throw new FlowFileException(operation.label() + " has no JSON request body to map", null);
        }
        Path flowFile = workspace.resolve("flows").resolve(id + DefinitionLoader.FLOW_SUFFIX);
        Path mappingFile = workspace.resolve("mappings").resolve(id + DefinitionLoader.MAPPING_SUFFIX);
        for (Path existing : List.of(flowFile, mappingFile)) {
            if (Files.exists(existing)) {
                throw new FlowFileException(workspace.relativize(existing) + " already exists: choose another id",
                        null);
            }
        }
        // Operations are named relative to a file in flows/; mappings/ is its sibling, so the path serves both.
        String contractFromFlows = operation.contract();
        Mapping mapping = new Mapping(Mapping.FORMAT_VERSION, id, "Maps " + operation.label() + ".",
                SchemaRef.of(contractFromFlows, operation.requestSchema()),
                SchemaRef.of(MappingFiles.relative(mappingFile, targetContract), targetPointer),
                Map.of(), List.of(), List.of());
        Flow flow = new Flow(Flow.FORMAT_VERSION, id, operation.label(),
                new FlowSource.Http(operation.path(), operation.method()),
                List.of(new Step.Validate(SchemaRef.of(contractFromFlows, operation.requestSchema())),
                        new Step.Map("../mappings/" + id + DefinitionLoader.MAPPING_SUFFIX)),
                new FlowTarget.Log(id), ErrorPolicy.DEFAULT, null, null, List.of());
        try {
            mappings.save(mappingFile, mapping);
        } catch (MappingFileException e) {
            throw new FlowFileException(e.getMessage(), e);
        }
        save(flowFile, flow);
        return flowFile;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the system's cleaner takes it.
        }
    }
}
