package io.switchboard.contract;

import io.switchboard.contract.check.ContractLinter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.outline.Outline;
import io.switchboard.contract.outline.OutlineEntry;
import io.switchboard.contract.refs.Reference;
import io.switchboard.contract.refs.ReferenceIndex;
import io.switchboard.contract.refs.ReferenceResolver;
import io.switchboard.flow.source.Location;
import io.switchboard.flow.source.SourceFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places in the text: findings, outline entries and references point at the lines a person reads. */
class DocumentTest {

    private static final String YAML = """
            openapi: 3.0.3
            info:
              title: Pets
            servers:
              - url: https://api.pets.test
            paths:
              /pets:
                get:
                  summary: List pets
                  responses:
                    '200':
                      description: Pets
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Pet'
                post:
                  operationId: addPet
                  bogus: true
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      type: string
                      weird: 1
            tags:
              - name: pets
            """;

    private static ContractDocument yaml() throws SourceFormatException {
        return ContractDocument.parse(Path.of("pets.yaml"), YAML);
    }

    private static List<ContractFinding> structure(ContractDocument document) {
        return ContractLinter.recommended().lint(document).stream()
                .filter(finding -> finding.rule().equals("oas3-schema")).toList();
    }

    @Test
    void swaggerParserMessagesLandOnTheirLines() throws Exception {
        List<ContractFinding> findings = structure(yaml());

        assertTrue(findings.contains(yaml().finding("oas3-schema", FindingSeverity.ERROR, "/info",
                "'version' is missing")), findings.toString());
        ContractFinding unexpected = findings.stream().filter(finding -> finding.message().equals(
                "'bogus' is unexpected")).findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(new Location(19, 7), unexpected.location());
        ContractFinding missing = findings.stream().filter(finding -> finding.message().equals(
                "'responses' is missing")).findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(new Location(17, 5), missing.location());
        ContractFinding inProperty = findings.stream().filter(finding -> finding.message().equals(
                "'weird' is unexpected")).findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(new Location(27, 11), inProperty.location());
    }

    @Test
    void theSameMessagesLandOnTheirLinesInJson() throws Exception {
        String json = Specs.YAML.readTree(YAML).toPrettyString();
        ContractDocument document = ContractDocument.parse(Path.of("pets.json"), json);

        ContractFinding unexpected = structure(document).stream().filter(finding -> finding.message().equals(
                "'bogus' is unexpected")).findFirst().orElseThrow();
        String line = json.lines().toList().get(unexpected.location().line() - 1);
        assertTrue(line.contains("\"bogus\""), line);
    }

    @Test
    void aSyntaxErrorSaysWhere() {
        SourceFormatException error = assertThrows(SourceFormatException.class,
                () -> ContractDocument.parse(Path.of("bad.yaml"), "openapi: 3.0.3\ninfo:\n  title: [a, b\npaths: {}\n"));
        assertEquals(4, error.location().line(), error.getMessage());
    }

    @Test
    void outlineListsServersPathsOperationsComponentsAndTagsAtTheirLines() throws Exception {
        List<OutlineEntry> outline = Outline.of(yaml());

        assertEquals(List.of("Servers", "Paths", "Components", "Tags"),
                outline.stream().map(OutlineEntry::label).toList());
        OutlineEntry pets = outline.get(1).children().get(0);
        assertEquals("/pets", pets.label());
        assertEquals(List.of("get", "post"), pets.children().stream().map(OutlineEntry::method).toList());
        assertEquals("List pets", pets.children().get(0).summary());
        assertEquals(new Location(17, 5), pets.children().get(1).location());
        OutlineEntry pet = outline.get(2).children().get(0).children().get(0);
        assertEquals("Pet", pet.label());
        assertEquals(22, pet.location().line());

        List<OutlineEntry> filtered = outline.stream().filter(entry -> entry.matches("addpet"))
                .map(entry -> entry.filtered("addpet")).toList();
        assertEquals(List.of("Paths"), filtered.stream().map(OutlineEntry::label).toList());
        assertEquals(List.of("post"), filtered.get(0).children().get(0).children().stream()
                .map(OutlineEntry::method).toList());
    }

    @Test
    void usagesOfAComponentAndTheWayToItsDefinition() throws Exception {
        ContractDocument document = yaml();
        ReferenceIndex index = ReferenceIndex.of(document.root());

        List<Reference> usages = index.usagesOf("/components/schemas/Pet");
        assertEquals(1, usages.size());
        assertEquals(16, document.locate(usages.get(0).at()).line());
        var target = new ReferenceResolver(document.source()).resolve(usages.get(0)).orElseThrow();
        assertEquals(new Location(22, 5), target.location());
    }

    @Test
    void aReferenceIntoAnotherFileResolvesThereAndAMissingOneSaysWhy(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("common.yaml"), "components:\n  schemas:\n    Error:\n      type: object\n");
        Path file = folder.resolve("pets.yaml");
        ContractDocument document = ContractDocument.parse(file, YAML.replace("'#/components/schemas/Pet'",
                "'common.yaml#/components/schemas/Error'"));
        ReferenceResolver resolver = new ReferenceResolver(document.source());

        Reference reference = ReferenceIndex.of(document.root()).all().get(0);
        var target = resolver.resolve(reference).orElseThrow();
        assertEquals(folder.resolve("common.yaml"), target.file());
        assertEquals(new Location(3, 5), target.location());

        ReferenceResolver.Result missing = resolver.resolveOrExplain(Reference.parse("/x",
                "common.yaml#/components/schemas/Nope"));
        assertTrue(missing.problem().contains("has nothing at /components/schemas/Nope"), missing.problem());
        ReferenceResolver.Result noFile = resolver.resolveOrExplain(Reference.parse("/x", "gone.yaml#/a"));
        assertTrue(noFile.problem().contains("gone.yaml does not exist"), noFile.problem());
    }
}
