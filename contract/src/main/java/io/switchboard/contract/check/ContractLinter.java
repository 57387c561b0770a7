package io.switchboard.contract.check;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.OpenApiVersion;
import io.switchboard.contract.lint.LintContext;
import io.switchboard.contract.lint.LintRule;
import io.switchboard.contract.lint.OasRules;
import io.switchboard.contract.lint.ObjectRule;
import io.switchboard.contract.lint.Ruleset;
import io.switchboard.contract.model.DocumentWalk;
import io.switchboard.contract.refs.ReferenceIndex;
import io.switchboard.contract.refs.ReferenceResolver;
import io.switchboard.contract.validation.ExampleRules;
import io.switchboard.contract.validation.ReferenceRule;
import io.switchboard.contract.validation.StructureRule;
import io.switchboard.flow.source.SourceFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Validates and lints a contract: structure (swagger-parser), references, examples and the {@code spectral:oas}
 * rules, each at the severity the ruleset gives it. Findings come back in text order.
 */
public final class ContractLinter {

    private static final List<LintRule> CATALOG = buildCatalog();

    private final Ruleset ruleset;

    public ContractLinter(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    /** Spectral's recommended set, as a team gets it without a ruleset file. */
    public static ContractLinter recommended() {
        return new ContractLinter(Ruleset.recommended(CATALOG));
    }

    public static List<LintRule> catalog() {
        return CATALOG;
    }

    private static List<LintRule> buildCatalog() {
        List<LintRule> rules = new ArrayList<>();
        rules.add(new StructureRule());
        rules.add(new ReferenceRule());
        rules.addAll(ExampleRules.all());
        rules.addAll(OasRules.all());
        return List.copyOf(rules);
    }

    public List<ContractFinding> lint(ContractDocument document) {
        return lint(document, null);
    }

    /** A contract read, its references, and what the rules found. */
    public record Report(ContractDocument document, ReferenceIndex references, List<ContractFinding> findings) {
    }

    /** Reads and checks a text: what the editor does after a pause in typing, and the CLI for each file. */
    public Report check(Path file, String text) throws SourceFormatException {
        return report(ContractDocument.parse(file, text), null);
    }

    /** Lints with an index of references the caller already has (the editor keeps one for navigation). */
    public List<ContractFinding> lint(ContractDocument document, ReferenceIndex known) {
        return report(document, known).findings();
    }

    private Report report(ContractDocument document, ReferenceIndex known) {
        if (document.version() == OpenApiVersion.UNKNOWN) {
            ContractFinding unknown = document.finding("oas3-schema", FindingSeverity.ERROR,
                    document.root().has("openapi") ? "/openapi" : "",
                    OpenApiVersion.unsupported(document.root()).orElseThrow());
            return new Report(document, known != null ? known : ReferenceIndex.none(), List.of(unknown));
        }
        Map<String, FindingSeverity> settings = ruleset.settingsFor(document.file());
        // swagger-parser's structure check is the longest single rule: it starts first and runs beside the others.
        CompletableFuture<List<ContractFinding>> structure = CompletableFuture.supplyAsync(() -> run(document,
                ReferenceIndex.none(), settings, CATALOG.subList(0, 1)));
        ReferenceIndex references = known != null ? known : ReferenceIndex.of(document.root());
        List<ContractFinding> findings = new ArrayList<>(run(document, references, settings,
                CATALOG.subList(1, CATALOG.size())));
        findings.addAll(structure.join());
        findings.sort(Comparator.comparingInt((ContractFinding finding) -> finding.location().line())
                .thenComparingInt(finding -> finding.location().column())
                .thenComparing(ContractFinding::rule));
        return new Report(document, references, findings);
    }

    private static List<ContractFinding> run(ContractDocument document, ReferenceIndex references,
                                             Map<String, FindingSeverity> settings, List<LintRule> rules) {
        LintContext context = new LintContext(document, references, new ReferenceResolver(document.source()));
        List<ObjectRule> visitors = new ArrayList<>();
        for (LintRule rule : rules) {
            FindingSeverity severity = settings.get(rule.id());
            if (severity == null || !rule.versions().contains(document.version())) {
                continue;
            }
            if (rule instanceof ObjectRule visitor) {
                visitors.add(visitor);
            } else {
                context.startRule(rule, severity);
                rule.check(context);
            }
        }
        if (!visitors.isEmpty()) {
            DocumentWalk.objects(document.root(), (path, node) -> {
                for (ObjectRule visitor : visitors) {
                    context.startRule(visitor, settings.get(visitor.id()));
                    visitor.visit(context, path, node);
                }
            });
        }
        return context.findings();
    }
}
