package io.switchboard.cli;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.contract.lint.Ruleset;
import io.switchboard.contract.lint.RulesetException;
import io.switchboard.contract.lint.RulesetFile;
import io.switchboard.contract.report.FindingsReport;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates and lints an OpenAPI contract with the spectral:oas rules, for people or for CI. */
@Command(name = "lint", mixinStandardHelpOptions = true, description = {"Validate and lint an OpenAPI 3.0/3.1 contract (spectral:oas rules).",
    "Exit 0: no error-severity finding; 1: at least one; 2: the file or ruleset cannot be read or parsed.",
    "Without --ruleset, the workspace's .switchboard/lint.yaml is used when the file is inside one."})
final class LintCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The contract (.yaml, .yml or .json).")
    private Path file;

    @Option(names = "--ruleset", paramLabel = "FILE", description = "A ruleset file (extends, rules, overrides).")
    private Path rulesetFile;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Ruleset ruleset;
        try {
            ruleset = ruleset();
        } catch (RulesetException e) {
            err.println("switchboard lint: ruleset " + e.file() + ":" + e.location() + ": " + e.reason());
            return SwitchboardCli.INVALID;
        }
        ContractDocument document;
        try {
            document = ContractDocument.read(file);
        } catch (SourceFormatException e) {
            err.println("switchboard lint: " + file + ":" + e.location() + ": " + e.getMessage());
            return SwitchboardCli.INVALID;
        } catch (IOException e) {
            err.println("switchboard lint: cannot read " + file + ": " + e.getMessage());
            return SwitchboardCli.INVALID;
        }
        List<ContractFinding> findings = new ContractLinter(ruleset).lint(document);
        out.print(format == Format.json ? FindingsReport.json(findings) : FindingsReport.text(file, findings));
        out.flush();
        boolean errors = findings.stream().anyMatch(finding -> finding.severity() == FindingSeverity.ERROR);
        return errors ? SwitchboardCli.FAILED : SwitchboardCli.OK;
    }

    private Ruleset ruleset() throws RulesetException {
        RulesetFile reader = new RulesetFile(ContractLinter.catalog());
        if (rulesetFile != null) {
            return reader.read(rulesetFile);
        }
        for (Path folder = file.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(RulesetFile.WORKSPACE_RULESET))) {
                return reader.forWorkspace(folder);
            }
        }
        return Ruleset.recommended(ContractLinter.catalog());
    }
}
