package io.switchboard.cli;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.diff.DiffRule;
import io.switchboard.contract.diff.DiffRules;
import io.switchboard.contract.diff.DiffSettings;
import io.switchboard.contract.lint.RulesetException;
import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.contract.diff.ContractDiff;
import io.switchboard.contract.report.ChangesReport;
import io.switchboard.contract.vcs.GitRevision;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the changes between two versions of a contract, breaking ones first, with oasdiff's rule ids. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = {"Compare two versions of an OpenAPI contract.",
    "BASE may be git:REF (for example git:HEAD) to compare REVISION with its own committed version.",
    "Exit 1 when a change at or above --fail-on exists, 0 otherwise, 2 when a file cannot be read or parsed."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BASE", description = "The earlier version, or git:REF.")
    private String base;

    @Parameters(index = "1", arity = "0..1", paramLabel = "REVISION", description = "The later version.")
    private Path revision;

    @Option(names = "--list-rules", description = "Print every rule of the comparison: id, level, oasdiff's or our own, what it means.")
    private boolean listRules;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Levels to change or rules to switch off (default: the workspace's .switchboard/diff.yaml).")
    private Path settingsFile;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--fail-on", defaultValue = "ERR", paramLabel = "ERR|WARN",
            description = "The level that fails the run (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (listRules) {
            for (DiffRule rule : DiffRules.catalog()) {
                out.printf("%-58s %-5s %-8s %s%n", rule.id(), rule.level(),
                        DiffRules.oasdiff().containsKey(rule.id()) ? "oasdiff" : "own", rule.description());
            }
            out.flush();
            return SwitchboardCli.OK;
        }
        if (base == null || revision == null) {
            err.println("switchboard diff: BASE and REVISION are required (or --list-rules)");
            return SwitchboardCli.INVALID;
        }
        ChangeLevel threshold = ChangeLevel.parse(failOn).filter(level -> level != ChangeLevel.INFO).orElse(null);
        if (threshold == null) {
            err.println("switchboard diff: --fail-on must be ERR or WARN, not '" + failOn + "'");
            return SwitchboardCli.INVALID;
        }
        ContractDocument before;
        ContractDocument after;
        Path basePath;
        try {
            after = readContract(revision);
            if (base.startsWith("git:")) {
                String ref = base.substring(4);
                basePath = Path.of(revision.getFileName() + "@" + ref);
                try {
                    before = ContractDocument.parse(Path.of(revision.toString()), GitRevision.read(revision, ref));
                } catch (IOException e) {
                    throw new IOException(basePath + ": " + e.getMessage(), e);
                }
            } else {
                basePath = Path.of(base);
                before = readContract(basePath);
            }
        } catch (SourceFormatException e) {
            err.println("switchboard diff: " + e.file() + ":" + e.location() + ": " + e.getMessage());
            return SwitchboardCli.INVALID;
        } catch (IOException e) {
            err.println("switchboard diff: cannot read " + e.getMessage());
            return SwitchboardCli.INVALID;
        }
        for (var document : List.of(before, after)) {
            var unsupported = io.switchboard.contract.OpenApiVersion.unsupported(document.root());
            if (unsupported.isPresent()) {
                // The same sentence lint says: a contract diff would find nothing to compare in it.
                err.println("switchboard diff: " + (document == before ? basePath : revision) + ": "
                        + unsupported.get());
                return SwitchboardCli.INVALID;
            }
        }
        DiffSettings settings;
        try {
            settings = settings();
        } catch (RulesetException e) {
            err.println("switchboard diff: " + e.getMessage());
            return SwitchboardCli.INVALID;
        }
        List<Change> changes = settings.apply(ContractDiff.compare(before, after, settings.deprecation()));
        out.print(switch (format) {
            case text -> ChangesReport.text(basePath, revision, changes);
            case json -> ChangesReport.json(basePath, revision, changes);
            case markdown -> ChangesReport.markdown(basePath, revision, changes);
        });
        out.flush();
        boolean failing = changes.stream().anyMatch(change -> change.level().atLeast(threshold));
        return failing ? SwitchboardCli.FAILED : SwitchboardCli.OK;
    }

    /** The contract, or an error that names the file first. */
    /** --settings, else the .switchboard/diff.yaml of the workspace REVISION is in, else none. */
    private DiffSettings settings() throws RulesetException {
        if (settingsFile != null) {
            return DiffSettings.read(settingsFile);
        }
        for (Path folder = revision.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (java.nio.file.Files.isRegularFile(folder.resolve(DiffSettings.WORKSPACE_FILE))) {
                return DiffSettings.forWorkspace(folder);
            }
        }
        return DiffSettings.none();
    }

    private static ContractDocument readContract(Path file) throws IOException, SourceFormatException {
        try {
            return ContractDocument.read(file);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
