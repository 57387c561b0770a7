package io.switchboard.cli;

import io.switchboard.flow.validation.DefinitionLoader;
import io.switchboard.flow.validation.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks flow and mapping files and prints every finding as file:line:column. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate flow and mapping files; print every finding as file:line:column.")
final class ValidateCommand implements Callable<Integer> {

    private final DefinitionLoader loader;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Flow (*.flow.json) and mapping (*.mapping.json) files.")
    private List<Path> files;

    ValidateCommand(DefinitionLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        int errors = 0;
        int warnings = 0;
        var out = spec.commandLine().getOut();
        for (Path file : files) {
            List<Finding> findings = loader.validate(file);
            for (Finding finding : findings) {
                out.println(finding.format());
            }
            long fileErrors = findings.stream().filter(Finding::isError).count();
            errors += (int) fileErrors;
            warnings += findings.size() - (int) fileErrors;
        }
        out.println(files.size() + " file(s): " + errors + " error(s), " + warnings + " warning(s)");
        return errors == 0 ? SwitchboardCli.OK : SwitchboardCli.INVALID;
    }
}
