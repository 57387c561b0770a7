package io.switchboard.cli;

import io.switchboard.flow.export.CamelYamlExporter;
import io.switchboard.flow.export.ExportException;
import io.switchboard.flow.export.ExportResult;
import io.switchboard.flow.validation.DefinitionException;
import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a flow as a Camel YAML route plus its resources. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a flow as a Camel YAML route with its JSLT and JSON Schema resources.")
final class ExportCommand implements Callable<Integer> {

    private final DefinitionLoader loader;
    private final CamelYamlExporter exporter;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FLOW", description = "The flow file (*.flow.json).")
    private Path flowFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to.")
    private Path outDir;

    ExportCommand(DefinitionLoader loader, CamelYamlExporter exporter) {
        this.loader = loader;
        this.exporter = exporter;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            ExportResult result = exporter.export(loader.loadFlow(flowFile), outDir);
            var out = spec.commandLine().getOut();
            out.println("route     " + result.routeFile());
            result.resources().forEach(resource -> out.println("resource  " + resource));
            return SwitchboardCli.OK;
        } catch (DefinitionException e) {
            e.findings().stream().map(Finding::format).forEach(err::println);
            return SwitchboardCli.INVALID;
        } catch (ExportException e) {
            err.println(flowFile + ": refused: " + e.getMessage());
            return SwitchboardCli.INVALID;
        }
    }
}
