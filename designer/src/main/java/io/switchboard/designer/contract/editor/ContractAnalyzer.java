package io.switchboard.designer.contract.editor;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.contract.outline.Outline;
import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.flow.source.SourceFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Parses, outlines, validates and lints a text: the work the editor does after a pause in typing. */
public final class ContractAnalyzer {

    private final Function<Path, ContractLinter> linterFor;

    /** @param linterFor the linter with the ruleset that applies to a file (the workspace's, or the default) */
    public ContractAnalyzer(Function<Path, ContractLinter> linterFor) {
        this.linterFor = linterFor;
    }

    public ContractAnalysis analyze(long version, Path file, String text, List<OutlineEntry> lastOutline) {
        long start = System.nanoTime();
        ContractLinter.Report report;
        try {
            report = linterFor.apply(file).check(file, text);
        } catch (SourceFormatException e) {
            ContractFinding syntax = new ContractFinding("syntax", FindingSeverity.ERROR, "", e.location(),
                    (ContractDocument.isYamlFile(file) ? "YAML" : "JSON") + " syntax: " + e.getMessage(), file);
            return new ContractAnalysis(version, null, List.of(syntax), lastOutline, null, millisSince(start));
        }
        List<OutlineEntry> outline = Outline.of(report.document());
        return new ContractAnalysis(version, report.document(), report.findings(), outline, report.references(),
                millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
