package io.switchboard.app.cli;

import io.switchboard.flow.mapping.CompiledMapping;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.MappingFailure;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a mapping on a payload, as the designer's preview and the runtime do. */
@Command(name = "map", mixinStandardHelpOptions = true, description = "Run a mapping on a payload and print the result.")
final class MapCommand implements Callable<Integer> {

    private final DefinitionLoader loader;
    private final MappingEngine engine;

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
        CompiledMapping mapping;
        try {
            mapping = engine.compile(loader.loadMapping(mappingFile).mapping());
        } catch (DefinitionException e) {
            e.findings().stream().map(Finding::format).forEach(err::println);
            return SwitchboardCli.INVALID;
        }
        PayloadFormat in = inFormat != null ? inFormat : PayloadFormat.fromFileName(input).orElse(PayloadFormat.JSON);
        PayloadFormat target = outFormat != null ? outFormat
                : out != null ? PayloadFormat.fromFileName(out).orElse(PayloadFormat.JSON) : PayloadFormat.JSON;
        byte[] payload;
        try {
            payload = io.switchboard.flow.source.TextFiles.bytes(input, io.switchboard.flow.source.TextFiles.MAX_PAYLOAD_BYTES);
        } catch (IOException e) {
            err.println(input + ": cannot read the input: " + e.getMessage());
            return SwitchboardCli.INVALID;
        }
        try {
            byte[] result = mapping.transform(payload, in, target, true);
            if (out == null) {
                spec.commandLine().getOut().println(new String(result, StandardCharsets.UTF_8));
            } else {
                Files.write(out, result);
            }
            return SwitchboardCli.OK;
        } catch (MappingFailure e) {
            err.println(input + ": " + e.getMessage());
            return SwitchboardCli.FAILED;
        } catch (IOException e) {
            err.println(out + ": cannot write the result: " + e.getMessage());
            return SwitchboardCli.FAILED;
        }
    }
}
