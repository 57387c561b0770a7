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
