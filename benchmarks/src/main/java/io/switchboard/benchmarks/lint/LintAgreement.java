package io.switchboard.benchmarks.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares {@code switchboard lint --format json} with Spectral's JSON output on the same specs: a finding of ours
 * matches one of Spectral's with the same rule within one line (each used once). Prints per spec Spectral's count,
 * ours, matched, recall and precision, and the rules that differ; with a fixtures folder, writes Spectral's findings
 * there as {@code rule<TAB>line} for the tests.
 * <p>{@code java ... LintAgreement OUTPUT_DIR [FIXTURES_DIR] SPEC...} reads {@code spectral-SPEC.json} and
 * {@code ours-SPEC.json} from OUTPUT_DIR.
 */
public final class LintAgreement {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Finding(String rule, int line) {
    }

    private LintAgreement() {
    }

    public static void main(String[] args) throws IOException {
        Path outputs = Path.of(args[0]);
        Path fixtures = args[1].equals("-") ? null : Path.of(args[1]);
        System.out.printf(Locale.ROOT, "%-30s %9s %6s %8s %7s %10s%n", "spec", "Spectral", "ours", "matched",
                "recall", "precision");
        List<String> differences = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String spec = args[i];
            List<Finding> spectral = spectral(outputs.resolve("spectral-" + spec + ".json"));
            List<Finding> ours = ours(outputs.resolve("ours-" + spec + ".json"));
            List<Finding> missed = new ArrayList<>();
            List<Finding> extra = new ArrayList<>(ours);
            for (Finding theirs : spectral) {
                if (!takeMatch(extra, theirs)) {
                    missed.add(theirs);
                }
            }
            int matched = spectral.size() - missed.size();
            System.out.printf(Locale.ROOT, "%-30s %9d %6d %8d %7.3f %10.3f%n", spec, spectral.size(), ours.size(),
                    matched, ratio(matched, spectral.size()), ratio(matched, ours.size()));
            differences.add(spec + ": Spectral only " + byRule(missed) + ", ours only " + byRule(extra));
            if (fixtures != null) {
                writeFixture(fixtures.resolve(spec + ".tsv"), spectral);
            }
        }
        System.out.println();
        differences.forEach(System.out::println);
    }

    /** Takes from {@code candidates} one finding of the same rule on the same line, or the line before or after. */
    static boolean takeMatch(List<Finding> candidates, Finding wanted) {
        for (int delta : new int[] {0, -1, 1}) {
            if (candidates.remove(new Finding(wanted.rule(), wanted.line() + delta))) {
                return true;
            }
        }
        return false;
    }

    private static List<Finding> spectral(Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode result : JSON.readTree(file.toFile())) {
            findings.add(new Finding(result.path("code").asText(), result.at("/range/start/line").asInt() + 1));
        }
        return findings;
    }

    private static List<Finding> ours(Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(file.toFile()).path("findings")) {
            findings.add(new Finding(finding.path("rule").asText(), finding.path("line").asInt()));
        }
        return findings;
    }

    private static void writeFixture(Path file, List<Finding> findings) throws IOException {
        StringBuilder text = new StringBuilder("# Spectral 6 (spectral:oas) on this spec: rule<TAB>line\n");
        findings.forEach(finding -> text.append(finding.rule()).append('\t').append(finding.line()).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Map<String, Integer> byRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(finding -> counts.merge(finding.rule(), 1, Integer::sum));
        return counts;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
