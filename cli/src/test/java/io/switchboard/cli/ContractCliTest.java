package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard lint} and {@code switchboard diff}: output shapes and exit codes for CI. */
class ContractCliTest {

    private static final String CONTRACT = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
              description: Pets.
              contact: {name: Team}
            servers:
              - url: https://api.pets.test
            tags:
              - {name: pets, description: Pets.}
            paths:
              /pets/{petId}:
                get:
                  operationId: getPet
                  description: One pet.
                  tags: [pets]
                  parameters:
                    - {name: petId, in: path, required: true, schema: {type: string}}
                    - {name: verbose, in: query, schema: {type: boolean}}
                  responses:
                    '200':
                      description: A pet
            """;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SwitchboardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void lintOfACleanContractExitsZero() throws Exception {
        assertEquals(0, run("lint", write("pets.yaml", CONTRACT).toString()), out + err.toString());
        assertTrue(out.toString().contains("No results"), out.toString());
    }

    @Test
    void lintReportsAnErrorAtItsLineInJsonAndExitsOne() throws Exception {
        Path file = write("pets.yaml", CONTRACT.replace("required: true, schema: {type: string}",
                "schema: {type: string}"));

        assertEquals(1, run("lint", file.toString(), "--format", "json"), err.toString());

        JsonNode findings = new ObjectMapper().readTree(out.toString()).path("findings");
        JsonNode pathParams = null;
        for (JsonNode finding : findings) {
            if (finding.path("rule").asText().equals("path-params")) {
                pathParams = finding;
            }
        }
        assertTrue(pathParams != null, out.toString());
        assertEquals("error", pathParams.path("severity").asText());
        assertEquals(18, pathParams.path("line").asInt(), out.toString());
        assertEquals("parameters", pathParams.path("path").get(3).asText());
        assertTrue(pathParams.path("message").asText().contains("\"required\""));
    }

    @Test
    void lintExitsTwoOnASyntaxErrorAndSaysWhere() throws Exception {
        Path file = write("broken.yaml", "openapi: 3.0.3\ninfo: [unclosed\n");

        assertEquals(2, run("lint", file.toString()));
        assertTrue(err.toString().contains("broken.yaml:"), err.toString());
    }

    @Test
    void workspaceRulesetSwitchesRulesOffAndOverridesByFile() throws Exception {
        write("ws/.switchboard/lint.yaml", """
                extends: [[spectral:oas, all]]
                rules:
                  info-license: off
                  license-url: off
                  contact-properties: off
                  oas3-parameter-description: off
                  operation-description: error
                overrides:
                  - files: ["contracts/legacy/**"]
                    rules:
                      operation-description: off
                """);
        String missingDescription = CONTRACT.replace("      description: One pet.\n", "");
        Path current = write("ws/contracts/pets.yaml", missingDescription);
        Path legacy = write("ws/contracts/legacy/pets.yaml", missingDescription);

        assertEquals(1, run("lint", current.toString()), out.toString());
        assertTrue(out.toString().contains("error  operation-description"), out.toString());
        assertFalse(out.toString().contains("info-license"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("lint", legacy.toString()), out.toString());
        assertFalse(out.toString().contains("operation-description"), out.toString());
    }

    @Test
    void theDocumentedExtendsOffIsReadAsAWordNotABoolean() throws Exception {
        write("quiet/.switchboard/lint.yaml", "extends: [[spectral:oas, off]]\n");
        Path contract = write("quiet/contracts/pets.yaml", CONTRACT.replace("      description: One pet.\n", ""));

        assertEquals(0, run("lint", contract.toString()), out + err.toString());
        assertTrue(out.toString().contains("No results"), out.toString());
    }

    @Test
    void aBadRulesetIsRefusedWithItsLine() throws Exception {
        Path ruleset = write("rules.yaml", "rules:\n  info-contact: loud\n");

        assertEquals(2, run("lint", write("pets.yaml", CONTRACT).toString(), "--ruleset", ruleset.toString()));
        assertTrue(err.toString().contains("rules.yaml:2:17: 'loud' is not a severity"), err.toString());
    }

    @Test
    void diffFindsABreakingChangeAndFailsOnErr() throws Exception {
        Path base = write("base.yaml", CONTRACT);
        Path revision = write("revision.yaml", CONTRACT.replace("- {name: verbose, in: query, schema: {type: boolean}}",
                "- {name: verbose, in: query, required: true, schema: {type: boolean}}"));

        assertEquals(1, run("diff", base.toString(), revision.toString(), "--format", "json"), err.toString());

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertTrue(report.path("breaking").asBoolean());
        JsonNode change = report.path("changes").get(0);
        assertEquals("request-parameter-became-required", change.path("rule").asText());
        assertEquals("ERR", change.path("level").asText());
        assertEquals("GET /pets/{petId}", change.path("operation").asText());
        assertEquals(19, change.path("location").path("revision").path("line").asInt());
    }

    @Test
    void diffOfInformationOnlyPassesUnlessAskedToFailOnWarnings() throws Exception {
        Path base = write("base.yaml", CONTRACT);
        Path revision = write("revision.yaml", CONTRACT.replace("        - {name: verbose, in: query, schema: {type: boolean}}\n", ""));

        assertEquals(0, run("diff", base.toString(), revision.toString()), out.toString() + err);
        assertTrue(out.toString().contains("[request-parameter-removed]"), out.toString());
        assertEquals(1, run("diff", base.toString(), revision.toString(), "--fail-on", "WARN"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("diff", base.toString(), revision.toString(), "--format", "markdown"));
        assertTrue(out.toString().contains("### GET /pets/{petId}"), out.toString());
    }

    @Test
    void diffExitsTwoWhenAFileIsMissing() throws Exception {
        assertEquals(2, run("diff", temp.resolve("none.yaml").toString(), write("r.yaml", CONTRACT).toString()));
        assertTrue(err.toString().contains("none.yaml"), err.toString());
    }

    @Test
    void swaggerTwoIsRefusedByDiffAsByLint() throws Exception {
        Path swagger = write("swagger.yaml", "swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n");
        Path contract = write("c.yaml", CONTRACT);

        assertEquals(2, run("diff", swagger.toString(), contract.toString()));
        assertTrue(err.toString().contains("swagger.yaml: Swagger 2.0 documents are not supported"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("diff", contract.toString(), swagger.toString()));
        out.getBuffer().setLength(0);
        run("lint", swagger.toString());
        assertTrue((out.toString() + err).contains("Swagger 2.0 documents are not supported; convert the contract to "
                + "OpenAPI 3.0 or 3.1"), out.toString() + err);
    }

    @Test
    void listRulesPrintsTheCatalogueAndAWorkspaceSettingChangesALevel() throws Exception {
        assertEquals(0, run("diff", "--list-rules"));
        assertTrue(out.toString().lines().count() >= 200, out.toString());
        assertTrue(out.toString().lines().anyMatch(line -> line.startsWith("request-parameter-became-required ")
                && line.contains(" ERR ") && line.contains(" oasdiff ")), out.toString());
        assertTrue(out.toString().lines().anyMatch(line -> line.startsWith("request-body-additional-properties-restricted ")
                && line.contains(" own ")), out.toString());
        out.getBuffer().setLength(0);

        java.nio.file.Files.createDirectories(temp.resolve(".switchboard"));
        write(".switchboard/diff.yaml", "rules:\n  request-parameter-became-required: WARN\n");
        Path base = write("base.yaml", CONTRACT);
        Path revision = write("revision.yaml", CONTRACT.replace("- {name: verbose, in: query, schema: {type: boolean}}",
                "- {name: verbose, in: query, required: true, schema: {type: boolean}}"));
        assertEquals(0, run("diff", base.toString(), revision.toString(), "--format", "json"), err.toString());
        assertEquals("WARN", new ObjectMapper().readTree(out.toString()).path("changes").get(0).path("level").asText());
        assertEquals(1, run("diff", base.toString(), revision.toString(), "--fail-on", "WARN"));
    }
}
