package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.ContractDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OpenAPI 3.1's JSON Schema 2020-12: changes inside prefixItems, contains, additionalProperties, dependentSchemas,
 * if/then/else, contentSchema and unevaluatedProperties; const; and a string's content media type and encoding.
 */
class JsonSchema2020Test {

    private static final String SPEC = """
            openapi: 3.1.0
            info: {title: Tuples, version: 1.0.0}
            paths:
              /points:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            point:
                              type: array
                              prefixItems: [{type: number}, {type: number}]
                            tags:
                              type: array
                              contains: {type: string, maxLength: 20}
                            labels:
                              type: object
                              additionalProperties: {type: string}
                            unit: {const: metre}
                            photo: {type: string, contentMediaType: image/png, contentEncoding: base64}
                            payload:
                              type: string
                              contentMediaType: application/json
                              contentSchema: {type: object, properties: {id: {type: integer}}}
                            card:
                              type: object
                              properties: {number: {type: string}, cvc: {type: string}}
                              dependentSchemas:
                                number: {properties: {cvc: {maxLength: 4}}}
                            kind:
                              type: object
                              if: {properties: {kind: {const: shop}}}
                              then: {properties: {vat: {type: string}}}
                              else: {properties: {vat: {type: string}}}
                            extra:
                              type: object
                              unevaluatedProperties: {type: string}
                  responses:
                    '200': {description: OK}
            """;

    private static List<String> rules(String revision) throws Exception {
        return ContractDiff.compare(ContractDocument.parse(Path.of("t.yaml"), SPEC),
                ContractDocument.parse(Path.of("t.yaml"), revision)).stream()
                .map(change -> change.rule() + " " + change.level()).toList();
    }

    @Test
    void aChangeInsideATupleOrContainsOrAdditionalPropertiesIsFound() throws Exception {
        assertTrue(rules(SPEC.replace("prefixItems: [{type: number}, {type: number}]",
                "prefixItems: [{type: number}, {type: string}]")).contains("request-property-type-changed ERR"));
        assertTrue(rules(SPEC.replace("contains: {type: string, maxLength: 20}", "contains: {type: string, maxLength: 10}"))
                .contains("request-property-max-length-decreased ERR"));
        assertTrue(rules(SPEC.replace("additionalProperties: {type: string}", "additionalProperties: {type: integer}"))
                .contains("request-property-type-changed ERR"));
    }

    @Test
    void constChangesAreTheirOwnRulesAndAConstWidenedToAnEnumBreaksNothing() throws Exception {
        List<String> changed = rules(SPEC.replace("unit: {const: metre}", "unit: {const: foot}"));
        assertTrue(changed.contains("request-property-const-changed ERR"), changed.toString());
        assertTrue(rules(SPEC.replace("unit: {const: metre}", "unit: {type: string}")).stream()
                        .allMatch(rule -> rule.endsWith("INFO")),
                "a const lifted takes every value it took");
        assertTrue(rules(SPEC.replace("unit: {const: metre}", "unit: {enum: [metre, foot]}")).stream()
                .noneMatch(rule -> rule.endsWith("ERR")), "a const widened to an enum takes what it took");
    }

    @Test
    void contentMediaTypeEncodingAndSchemaAreCompared() throws Exception {
        assertTrue(rules(SPEC.replace("contentMediaType: image/png", "contentMediaType: image/jpeg"))
                .contains("request-property-content-media-type-changed ERR"));
        assertTrue(rules(SPEC.replace("contentEncoding: base64", "contentEncoding: base32"))
                .contains("request-property-content-encoding-changed ERR"));
        assertTrue(rules(SPEC.replace("properties: {id: {type: integer}}", "properties: {id: {type: string}}"))
                .contains("request-property-type-changed ERR"));
    }

    @Test
    void changesInsideConditionalAndDependentSchemasAreFound() throws Exception {
        assertTrue(rules(SPEC.replace("cvc: {maxLength: 4}", "cvc: {maxLength: 3}"))
                .contains("request-property-max-length-decreased ERR"));
        List<String> then = rules(SPEC.replace("then: {properties: {vat: {type: string}}}",
                "then: {properties: {vat: {type: integer}}}"));
        assertTrue(then.contains("request-property-type-changed ERR"), then.toString());
        assertTrue(rules(SPEC.replace("unevaluatedProperties: {type: string}", "unevaluatedProperties: {type: integer}"))
                .contains("request-property-type-changed ERR"));
        assertTrue(rules(SPEC.replace("unevaluatedProperties: {type: string}", "unevaluatedProperties: false"))
                .contains("request-property-unevaluated-properties-added ERR"));
    }
}
