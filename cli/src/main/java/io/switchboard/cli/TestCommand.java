package io.switchboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flow.mapping.CompiledMapping;
import io.switchboard.flow.mapping.MappingEngine;
import io.switchboard.flow.mapping.MappingFailure;
import io.switchboard.flow.mapping.MappingTestCases;
import io.switchboard.flow.mapping.PayloadCodec;
import io.switchboard.flow.mapping.PayloadException;
import io.switchboard.flow.mapping.PayloadFormat;
import io.switchboard.flow.source.TextFiles;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import io.switchboard.flow.validation.LoadedMapping;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs every mapping's test cases of a workspace ({@code samples/<mapping id>/<case>.input.*} against
 * {@code <case>.expected.json}) with the engine the runtime uses; for CI.
 */
@Command(name = "test", mixinStandardHelpOptions = true, description = {
    "Run each mapping's test cases of a workspace: samples/<mapping id>/<case>.input.(json|xml|csv) must become "
        + "<case>.expected.json.",
    "Exit 1 when an output differs (the first difference is printed), 0 when all pass, 2 when a file cannot be read."})
final class TestCommand implements Callable<Integer> {

    private final DefinitionLoader loader;
    private final MappingEngine engine;
    private final PayloadCodec codec;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", defaultValue = ".", description = "The workspace (default: here).")
    private Path workspace;

    TestCommand(DefinitionLoader loader, MappingEngine engine, PayloadCodec codec) {
        this.loader = loader;
        this.engine = engine;
        this.codec = codec;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path mappings = workspace.resolve("mappings");
        if (!Files.isDirectory(mappings)) {
            err.println("switchboard test: " + workspace + " has no mappings/ folder: is it a workspace?");
            return SwitchboardCli.INVALID;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(mappings)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(".mapping.json")).sorted().toList();
        }
        int passed = 0;
        int failed = 0;
        boolean unreadable = false;
        for (Path file : files) {
            LoadedMapping loaded;
            CompiledMapping mapping;
            try {
                loaded = loader.loadMapping(file);
                mapping = engine.compile(loaded.mapping());
            } catch (DefinitionException e) {
                e.findings().stream().map(Finding::format).forEach(err::println);
                unreadable = true;
                continue;
            }
            for (MappingTestCases.Case testCase : MappingTestCases.of(workspace, loaded.mapping().id())) {
                String name = loaded.mapping().id() + "/" + testCase.name();
                if (testCase.expected() == null) {
                    err.println(name + ": no " + testCase.name() + ".expected.json beside its input");
                    unreadable = true;
                    continue;
                }
                Optional<String> problem;
                try {
                    problem = run(mapping, testCase);
                } catch (IOException | PayloadException e) {
                    err.println(name + ": cannot be read: " + e.getMessage());
                    unreadable = true;
                    continue;
                }
                if (problem.isEmpty()) {
                    out.println("pass  " + name);
                    passed++;
                } else {
                    out.println("FAIL  " + name + ": " + problem.get());
                    failed++;
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return unreadable ? SwitchboardCli.INVALID : failed > 0 ? SwitchboardCli.FAILED : SwitchboardCli.OK;
    }

    private Optional<String> run(CompiledMapping mapping, MappingTestCases.Case testCase)
            throws IOException, PayloadException {
        PayloadFormat format = PayloadFormat.fromFileName(testCase.input()).orElse(PayloadFormat.JSON);
        JsonNode input = codec.read(TextFiles.bytes(testCase.input(), TextFiles.MAX_PAYLOAD_BYTES), format);
        JsonNode expected = codec.read(TextFiles.bytes(testCase.expected(), TextFiles.MAX_PAYLOAD_BYTES),
                PayloadFormat.JSON);
        JsonNode actual;
        try {
            actual = mapping.apply(input);
        } catch (MappingFailure e) {
            return Optional.of("the mapping failed: " + e.getMessage());
        }
        return MappingTestCases.compare(expected, actual).map(Object::toString);
    }
}
