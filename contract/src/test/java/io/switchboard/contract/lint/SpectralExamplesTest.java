package io.switchboard.contract.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.check.ContractLinter;
import io.switchboard.flow.source.SourceFormatException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Example checks give the list Spectral gives: one finding per broken example (its first error in ajv's order), at
 * the line of the offending value, through {@code $ref}s inside the value, with 3.0's {@code nullable} as ajv
 * reads it. Each expected line below was checked against Spectral 6 on the same text.
 */
class SpectralExamplesTest {

    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: t, version: '1', description: d, contact: {name: c}}
            servers: [{url: 'https://api.example.test'}]
            tags: [{name: t, description: d}]
            """;

    @Test
    void eachExampleIsReportedOnceAtTheValueThatBreaksIt() throws Exception {
        String spec = HEAD + operation("""
                example:
                  id: 7
                  name: Rex
                  tags:
                    - a
                    - 3
                """, """
                type: object
                required: [id, name]
                properties:
                  id: {type: integer}
                  name: {type: string}
                  tags: {type: array, items: {type: string}}
                """);
        assertEquals(List.of("oas3-valid-media-example 28 /paths/~1pets/get/responses/200/content/application~1json"
                        + "/example/tags/1 Item at index 1 type must be string"), media(spec));
    }

    @Test
    void aMissingRequiredPropertyComesBeforeAnyPropertyError() throws Exception {
        String spec = HEAD + operation("""
                example:
                  name: 12
                """, """
                type: object
                required: [id, name]
                properties:
                  id: {type: integer}
                  name: {type: string}
                """);
        assertEquals(List.of("oas3-valid-media-example 22 /paths/~1pets/get/responses/200/content/application~1json"
                + "/example \"example\" property must have required property \"id\""), media(spec));
    }

    @Test
    void nullableWithoutTypeIsTheOneFindingOfEveryExampleItReaches() throws Exception {
        String spec = HEAD + operation("""
                example:
                  id: 7
                """, """
                type: object
                properties:
                  id: {type: integer}
                  owner: {nullable: true, allOf: [{type: object}]}
                """);
        assertEquals(List.of("oas3-valid-media-example 21 /paths/~1pets/get/responses/200/content/application~1json"
                + "/example \"example\" property \"nullable\" cannot be used without \"type\" (the schema at "
                + "/paths/~1pets/get/responses/200/content/application~1json/schema/properties/owner)"), media(spec));
    }

    @Test
    void nullPassesANullableTypeButNotAnEnumThatLacksIt() throws Exception {
        String spec = HEAD + operation("""
                example:
                  nick: null
                  kind: null
                """, """
                type: object
                properties:
                  nick: {type: string, nullable: true}
                  kind: {type: string, nullable: true, enum: [cat, dog]}
                """);
        List<String> found = media(spec);
        assertEquals(1, found.size(), found::toString);
        assertEquals("oas3-valid-media-example 23", found.get(0).substring(0, found.get(0).indexOf(" /")));
    }

    @Test
    void aReferenceInsideAnExampleValueIsFollowedAndItsErrorReportedWhereItIsWrittenOnce() throws Exception {
        String spec = HEAD + """
                paths:
                  /pets:
                    get:
                      operationId: list
                      description: d
                      tags: [t]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Pet'}
                              examples:
                                one: {$ref: '#/components/examples/pet'}
                    post:
                      operationId: add
                      description: d
                      tags: [t]
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Pet'}
                            examples:
                              one: {$ref: '#/components/examples/pet'}
                      responses:
                        '204': {description: none}
                components:
                  schemas:
                    Pet:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string}
                        owner: {$ref: '#/components/schemas/Owner'}
                    Owner:
                      type: object
                      required: [email]
                      properties:
                        email: {type: string}
                  examples:
                    pet:
                      value:
                        name: Rex
                        owner:
                          $ref: '#/components/examples/owner'
                    owner:
                      value:
                        email: ann@example.test
                """;
        assertEquals(List.of("oas3-valid-media-example 50 /components/examples/owner \"owner\" property must have "
                + "required property \"email\""), media(spec));
    }

    @Test
    void webhookParametersAndExamplesWithoutValueAreCheckedToo() throws Exception {
        String spec = HEAD + """
                paths: {}
                x-webhooks:
                  ping:
                    post:
                      parameters:
                        - name: X-Hook-Id
                          in: header
                          example: 12312312
                          schema: {type: string}
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object}
                            examples:
                              empty:
                                summary: nothing here
                      responses:
                        '204': {description: none}
                """;
        assertEquals(List.of(
                "oas3-valid-media-example 12 /x-webhooks/ping/post/parameters/0/example \"example\" property type "
                        + "must be string",
                "oas3-valid-media-example 19 /x-webhooks/ping/post/requestBody/content/application~1json/examples"
                        + "/empty \"value\" of example \"empty\" must exist"), media(spec));
    }

    @Test
    void aRequestMayLeaveOutReadOnlyPropertiesAndAResponseWriteOnlyOnes() throws Exception {
        String schema = """
                          type: object
                          required: [id, secret]
                          properties:
                            id: {type: integer, readOnly: true}
                            secret: {type: string, writeOnly: true}
                """;
        assertEquals(List.of(), media(HEAD + operation("""
                example:
                  id: 1
                """, schema)));
        assertEquals(List.of(), media(HEAD + request("""
                example:
                  secret: s
                """, schema)));
        List<String> found = media(HEAD + request("""
                example:
                  id: 1
                """, schema));
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void aFailedAnyOfListsTheFirstErrorOfEachBranchAndAFailedOneOfItsOwnToo() throws Exception {
        String spec = HEAD + operation("""
                example:
                  pet: {legs: 4}
                """, """
                type: object
                properties:
                  pet:
                    oneOf:
                      - {type: object, required: [bark]}
                      - {type: object, required: [meow]}
                """);
        String at = "oas3-valid-media-example 24 /paths/~1pets/get/responses/200/content/application~1json/example/pet";
        assertEquals(List.of(at + " \"pet\" property must have required property \"bark\"",
                at + " \"pet\" property must have required property \"meow\"",
                at + " \"pet\" property must match exactly one schema in oneOf"), media(spec));
    }

    @Test
    void anExampleWhoseSchemaRefersBackIntoItselfIsNotChecked() throws Exception {
        String spec = HEAD + operation("""
                example: {children: 3}
                """, """
                $ref: '#/components/schemas/Node'
                """) + """
                components:
                  schemas:
                    Node:
                      type: object
                      properties:
                        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                """;
        assertEquals(List.of(), media(spec));
    }

    @Test
    void openApi31TypeListsAdmitNullWhereTheyListIt() throws Exception {
        String spec = HEAD.replace("openapi: 3.0.3", "openapi: 3.1.0") + operation("""
                example:
                  nick: null
                  name: null
                """, """
                type: object
                properties:
                  nick: {type: [string, 'null']}
                  name: {type: string}
                """);
        assertEquals(List.of("oas3-valid-media-example 23 /paths/~1pets/get/responses/200/content/application~1json"
                + "/example/name \"name\" property type must be string"), media(spec));
    }

    private static String operation(String example, String schema) {
        return """
                paths:
                  /pets:
                    get:
                      operationId: list
                      description: d
                      tags: [t]
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                """ + schema.indent(16) + example.indent(14);
    }

    private static String request(String example, String schema) {
        return """
                paths:
                  /pets:
                    post:
                      operationId: add
                      description: d
                      tags: [t]
                      responses: {'204': {description: none}}
                      requestBody:
                        content:
                          application/json:
                            schema:
                """ + schema.indent(14) + example.indent(12);
    }

    private static List<String> media(String yaml) throws SourceFormatException {
        ContractDocument document = ContractDocument.parse(Path.of("spec.yaml"), yaml);
        List<ContractFinding> findings = ContractLinter.recommended().lint(document);
        return findings.stream()
                .filter(finding -> finding.rule().endsWith("-example"))
                .map(finding -> finding.rule() + " " + finding.location().line() + " " + finding.pointer() + " "
                        + finding.message())
                .toList();
    }
}
