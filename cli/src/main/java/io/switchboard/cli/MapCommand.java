package io.switchboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.mapping.CompiledMapping;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.MappingFailure;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.mapping.RequiredFields;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.SchemaFieldTree;
import io.switchboard.flow.schema.SchemaShape;
import io.switchboard.flow.source.TextFiles;
import io.switchboard.flow.text.Plural;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.flow.validation.LoadedMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a mapping on a payload, as the designer's preview and the runtime do. */
@Command(name = "map", mixinStandardHelpOptions = true, description = "Run a mapping on a payload and print the result.")
final class MapCommand implements Callable<Integer> {

    private final DefinitionLoader loader;
    private final MappingEngine engine;
    private final PayloadCodec codec = new PayloadCodec();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAPPING", description = "The mapping file (*.mapping.json).")
    private Path mappingFile;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The payload: JSON, XML or CSV.")
    private Path input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result here instead of printing it.")
    private Path out;

    @Option(names = "--in-format", description = "Input format: ${COMPLETION-CANDIDATES} (default: from the file name).")
    private PayloadFormat inFormat;

    @Option(names = "--out-format", description = "Output format: JSON or XML (default: from --out's name, else JSON).")
    private PayloadFormat outFormat;

    MapCommand(DefinitionLoader loader, MappingEngine engine) {
        this.loader = loader;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        LoadedMapping loaded;
        CompiledMapping mapping;
        try {
            loaded = loader.loadMapping(mappingFile);
            mapping = engine.compile(loaded.mapping());
        } catch (DefinitionException e) {
            e.findings().stream().map(Finding::format).forEach(err::println);
            return SwitchboardCli.INVALID;
        }
        PayloadFormat in = inFormat != null ? inFormat : PayloadFormat.fromFileName(input).orElse(PayloadFormat.JSON);
        PayloadFormat target = outFormat != null ? outFormat
                : out != null ? PayloadFormat.fromFileName(out).orElse(PayloadFormat.JSON) : PayloadFormat.JSON;
        JsonNode payload;
        try {
            payload = codec.read(TextFiles.bytes(input, TextFiles.MAX_PAYLOAD_BYTES), in);
        } catch (IOException e) {
            err.println(input + ": cannot read the input: " + e.getMessage());
            return SwitchboardCli.INVALID;
        } catch (PayloadException e) {
            String where = e.location().isKnown() ? " at input " + e.location() : "";
            err.println(input + ": the input cannot be read" + where + ": " + e.getMessage());
            return SwitchboardCli.FAILED;
        }
        byte[] result;
        try {
            JsonNode output = mapping.apply(payload);
            List<String> missing = RequiredFields.missing(output, targetFields(loaded));
            if (!missing.isEmpty()) {
                err.println(input + ": the result lacks required target " + Plural.noun(missing.size(), "field") + " "
                        + String.join(", ", missing) + " (mapping " + mappingFile.getFileName() + ")");
                return SwitchboardCli.FAILED;
            }
            result = codec.write(output, target, loaded.mapping().id(), true);
        } catch (MappingFailure e) {
            err.println(input + ": " + e.getMessage());
            return SwitchboardCli.FAILED;
        } catch (PayloadException e) {
            err.println(input + ": " + e.getMessage());
            return SwitchboardCli.FAILED;
        }
        try {
            if (out == null) {
                spec.commandLine().getOut().println(new String(result, StandardCharsets.UTF_8));
            } else {
                Files.write(out, result);
            }
            return SwitchboardCli.OK;
        } catch (IOException e) {
            err.println(out + ": cannot write the result: " + e.getMessage());
            return SwitchboardCli.FAILED;
        }
    }

    /**
     * The target schema's fields, with what they require, from the schema the loader already read; nothing is
     * required when the target is not a schema (none, or a sample).
     */
    private static FieldNode targetFields(LoadedMapping loaded) {
        return loaded.targetShape() instanceof SchemaShape schema
                ? new SchemaFieldTree(schema.resolver()).root(schema.schema())
                : FieldNode.unknownDocument();
    }
}
