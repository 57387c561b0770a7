package io.switchboard.contract;

import io.switchboard.contract.check.ContractLinter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.diff.ContractDiff;
import io.switchboard.contract.outline.Outline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real public specs lint without failing, place every finding on a line, and have no changes against themselves. */
class RealSpecsTest {

    static String read(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(RealSpecsTest.class.getResourceAsStream("/openapi/real/" + name
                + ".gz"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"petstore-oai.yaml", "petstore-v3-swagger.yaml", "box-openapi.json", "stripe-spec3.json",
        "github-api.github.com.json", "github-api.github.com.yaml"})
    void lintsOutlinesAndDiffsAgainstItself(String name) throws Exception {
        String text = read(name);
        ContractDocument document = ContractDocument.parse(Path.of(name), text);
        ContractDocument copy = ContractDocument.parse(Path.of(name), text);

        List<ContractFinding> findings = ContractLinter.recommended().lint(document);

        assertTrue(findings.stream().allMatch(finding -> finding.location().isKnown()), name);
        assertTrue(findings.stream().noneMatch(finding -> finding.rule().equals("oas3-schema")
                && finding.severity() == FindingSeverity.ERROR), () -> name + ": " + findings.stream()
                .filter(finding -> finding.rule().equals("oas3-schema")).limit(5).toList());
        assertTrue(findings.stream().noneMatch(finding -> finding.rule().equals("invalid-ref")), name);
        assertNotEquals(List.of(), Outline.of(document));
        assertEquals(List.of(), ContractDiff.compare(document, copy), name);
        assertAgreesWithSpectral(name, findings);
    }

    /**
     * Spectral 6's findings on the same spec (benchmarks/run-lint-vs-spectral.sh --fixtures writes them): at least
     * nine in ten of them found by us (same rule, line within one), and nine in ten of ours among them.
     */
    private static void assertAgreesWithSpectral(String name, List<ContractFinding> findings) throws IOException {
        List<String> spectral;
        try (InputStream in = RealSpecsTest.class.getResourceAsStream("/spectral/" + name + ".tsv")) {
            spectral = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
        }
        List<String> ours = new java.util.ArrayList<>(findings.stream()
                .map(finding -> finding.rule() + "\t" + finding.location().line()).toList());
        long matched = spectral.stream().filter(theirs -> {
            String rule = theirs.substring(0, theirs.indexOf('\t'));
            int line = Integer.parseInt(theirs.substring(theirs.indexOf('\t') + 1));
            return ours.remove(rule + "\t" + line) || ours.remove(rule + "\t" + (line - 1))
                    || ours.remove(rule + "\t" + (line + 1));
        }).count();
        String figures = name + ": Spectral " + spectral.size() + ", ours " + findings.size() + ", matched " + matched;
        assertTrue(matched >= 0.9 * spectral.size(), figures);
        assertTrue(matched >= 0.9 * findings.size(), figures);
    }

    /** The largest real specs against copies with known edits: exactly those edits' rules are reported. */
    @ParameterizedTest
    @ValueSource(strings = {"stripe-spec3.json", "github-api.github.com.json"})
    void aCopyWithKnownEditsReportsExactlyThose(String name) throws Exception {
        String text = read(name);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode edited =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(text);
        com.fasterxml.jackson.databind.node.ObjectNode paths =
                (com.fasterxml.jackson.databind.node.ObjectNode) edited.get("paths");
        java.util.Iterator<String> names = paths.fieldNames();
        String removed = null;
        String deprecated = null;
        while (names.hasNext() && (removed == null || deprecated == null)) {
            String path = names.next();
            var item = paths.get(path);
            boolean plain = item.has("get") && !item.path("get").path("deprecated").asBoolean(false)
                    && item.size() == 1;
            if (plain && removed == null) {
                removed = path;
            } else if (plain && deprecated == null) {
                deprecated = path;
            }
        }
        paths.remove(removed);
        ((com.fasterxml.jackson.databind.node.ObjectNode) paths.get(deprecated).get("get")).put("deprecated", true);
        paths.putObject("/switchboard-health").putObject("get").putObject("responses").putObject("200")
                .put("description", "Up");
        ((com.fasterxml.jackson.databind.node.ObjectNode) edited.get("info")).put("version", "9.9.9");

        List<io.switchboard.contract.diff.Change> changes = ContractDiff.compare(
                ContractDocument.parse(Path.of(name), text),
                ContractDocument.parse(Path.of(name), json.writeValueAsString(edited)));

        assertEquals(java.util.Set.of("api-path-removed-without-deprecation GET " + removed,
                        "endpoint-deprecated GET " + deprecated, "endpoint-added GET /switchboard-health"),
                changes.stream().map(change -> change.rule() + " " + change.operation())
                        .collect(java.util.stream.Collectors.toSet()), name);
    }

    @org.junit.jupiter.api.Test
    void swaggerParserReadsGitHubsYamlPastItsDefaultCap() throws Exception {
        String yaml = read("github-api.github.com.yaml");
        assertTrue(yaml.codePointCount(0, yaml.length()) > 3_145_728);

        var result = io.switchboard.contract.validation.SwaggerParser.parseText(yaml, "github.yaml");

        assertTrue(result.getOpenAPI() != null, () -> String.valueOf(result.getMessages()));
        assertEquals(811, result.getOpenAPI().getPaths().size());
    }
}
