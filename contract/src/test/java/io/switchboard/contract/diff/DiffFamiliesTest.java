package io.switchboard.contract.diff;

import static io.switchboard.contract.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.Specs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema families of the catalogue, at each place a schema is compared (request body, response body, request
 * parameter, request property, response property), in 3.0 and 3.1: one base/revision pair per rule, the schema at
 * that place changed in one way, and exactly that rule reported at the catalogue's level.
 */
class DiffFamiliesTest {

    /** A place of a schema in the fixtures' spec, and the operation its changes are reported at. */
    private record Place(String prefix, String pointer, String operation) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("request-parameter", "/paths/~1pets/get/parameters/0/schema", "GET /pets"),
            new Place("request-property", "/components/schemas/NewPet/properties/extra", "POST /pets"),
            new Place("response-property", "/components/schemas/Pet/properties/extra", "GET /pets"),
            new Place("request-body", "/paths/~1pets/post/requestBody/content/application~1json/schema", "POST /pets"),
            new Place("response-body", "/paths/~1pets/get/responses/200/content/application~1json/schema",
                    "GET /pets"));

    /** A change of one schema: the rule's suffix, the schema before and after (YAML flow style). */
    private record Family(String suffix, String before, String after) {
    }

    private static List<Family> families(boolean v31) {
        String nullable = v31 ? "{type: [string, 'null']}" : "{type: string, nullable: true}";
        List<Family> families = new ArrayList<>(List.of(
                new Family("type-changed", "{type: string}", "{type: boolean}"),
                new Family("became-nullable", "{type: string}", nullable),
                new Family("became-not-nullable", nullable, "{type: string}"),
                new Family("became-enum", "{type: string}", "{type: string, enum: [a, b]}"),
                new Family("enum-value-removed", "{type: string, enum: [a, b]}", "{type: string, enum: [a]}"),
                new Family("enum-value-added", "{type: string, enum: [a]}", "{type: string, enum: [a, b]}"),
                new Family("pattern-added", "{type: string}", "{type: string, pattern: '^a'}"),
                new Family("pattern-removed", "{type: string, pattern: '^a'}", "{type: string}"),
                new Family("pattern-changed", "{type: string, pattern: '^a'}", "{type: string, pattern: '^b'}"),
                new Family("default-value-added", "{type: integer}", "{type: integer, default: 1}"),
                new Family("default-value-removed", "{type: integer, default: 1}", "{type: integer}"),
                new Family("default-value-changed", "{type: integer, default: 1}", "{type: integer, default: 2}"),
                new Family("one-of-added", "{oneOf: [{$ref: '#/components/schemas/Person'}]}",
                        "{oneOf: [{$ref: '#/components/schemas/Person'}, {$ref: '#/components/schemas/Shop'}]}"),
                new Family("one-of-removed",
                        "{oneOf: [{$ref: '#/components/schemas/Person'}, {$ref: '#/components/schemas/Shop'}]}",
                        "{oneOf: [{$ref: '#/components/schemas/Person'}]}"),
                new Family("any-of-added", "{anyOf: [{$ref: '#/components/schemas/Person'}]}",
                        "{anyOf: [{$ref: '#/components/schemas/Person'}, {$ref: '#/components/schemas/Shop'}]}"),
                new Family("any-of-removed",
                        "{anyOf: [{$ref: '#/components/schemas/Person'}, {$ref: '#/components/schemas/Shop'}]}",
                        "{anyOf: [{$ref: '#/components/schemas/Person'}]}"),
                new Family("all-of-added", "{allOf: [{$ref: '#/components/schemas/Person'}]}",
                        "{allOf: [{$ref: '#/components/schemas/Person'}, {$ref: '#/components/schemas/Shop'}]}"),
                new Family("all-of-removed",
                        "{allOf: [{$ref: '#/components/schemas/Person'}, {$ref: '#/components/schemas/Shop'}]}",
                        "{allOf: [{$ref: '#/components/schemas/Person'}]}")));
        for (String[] limit : new String[][] {{"max-length", "maxLength", "string"}, {"min-length", "minLength", "string"},
                {"max", "maximum", "integer"}, {"min", "minimum", "integer"},
                {"max-items", "maxItems", "array, items: {type: string}"},
                {"min-items", "minItems", "array, items: {type: string}"}}) {
            String plain = "{type: " + limit[2] + "}";
            String at10 = "{type: " + limit[2] + ", " + limit[1] + ": 10}";
            String at20 = "{type: " + limit[2] + ", " + limit[1] + ": 20}";
            families.add(new Family(limit[0] + "-set", plain, at10));
            families.add(new Family(limit[0] + "-unset", at10, plain));
            families.add(new Family(limit[0] + "-increased", at10, at20));
            families.add(new Family(limit[0] + "-decreased", at20, at10));
        }
        String object = "type: object, properties: {a: {type: string}, b: {type: string}}";
        families.add(new Family("additional-properties-restricted", "{" + object + "}",
                "{" + object + ", additionalProperties: false}"));
        families.add(new Family("additional-properties-allowed", "{" + object + ", additionalProperties: false}",
                "{" + object + "}"));
        if (v31) {
            for (String[] limit : new String[][] {{"max-contains", "maxContains"}, {"min-contains", "minContains"}}) {
                String plain = "{type: array, contains: {type: string}}";
                String at2 = "{type: array, contains: {type: string}, " + limit[1] + ": 2}";
                String at3 = "{type: array, contains: {type: string}, " + limit[1] + ": 3}";
                families.add(new Family(limit[0] + "-set", plain, at2));
                families.add(new Family(limit[0] + "-unset", at2, plain));
                families.add(new Family(limit[0] + "-increased", at2, at3));
                families.add(new Family(limit[0] + "-decreased", at3, at2));
            }
            families.add(new Family("dependent-required-added", "{" + object + "}",
                    "{" + object + ", dependentRequired: {a: [b]}}"));
            families.add(new Family("dependent-required-removed", "{" + object + ", dependentRequired: {a: [b]}}",
                    "{" + object + "}"));
            families.add(new Family("unevaluated-properties-restricted", "{" + object + "}",
                    "{" + object + ", unevaluatedProperties: false}"));
            families.add(new Family("unevaluated-properties-allowed", "{" + object + ", unevaluatedProperties: false}",
                    "{" + object + "}"));
        }
        return families;
    }

    record Case(String rule, String version, Place place, Family family) {
        @Override
        public String toString() {
            return rule + " (" + version + ")";
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String version : List.of("3.0.3", "3.1.0")) {
            for (Place place : PLACES) {
                for (Family family : families(version.startsWith("3.1"))) {
                    if (family.suffix().equals("became-enum") && place.prefix().startsWith("response")) {
                        continue;
                    }
                    // A response body's own enum value removed has oasdiff's name of its own.
                    String rule = place.prefix().equals("response-body") && family.suffix().equals("enum-value-removed")
                            ? "response-mediatype-enum-value-removed" : place.prefix() + "-" + family.suffix();
                    cases.add(new Case(rule, version, place, family));
                }
                if (place.prefix().startsWith("request")) {
                    cases.add(new Case(place.prefix() + "-type-generalized", version, place,
                            new Family("type-generalized", "{type: integer}", "{type: number}")));
                }
            }
        }
        return cases.stream();
    }

    private static ObjectNode spec(Case fixture, String schema) {
        ObjectNode spec = DiffFixturesTest.base(fixture.version());
        String parent = fixture.place().pointer().substring(0, fixture.place().pointer().lastIndexOf('/'));
        String key = fixture.place().pointer().substring(fixture.place().pointer().lastIndexOf('/') + 1)
                .replace("~1", "/").replace("~0", "~");
        try {
            at(spec, parent).set(key, Specs.YAML.readTree(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spec;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachSchemaChangeIsItsRuleAtItsLevel(Case fixture) {
        List<Change> changes = ContractDiff.compare(Specs.document("base.yaml", spec(fixture, fixture.family().before())),
                Specs.document("revision.yaml", spec(fixture, fixture.family().after())));

        DiffRule rule = DiffRules.rule(fixture.rule()).orElseThrow(() -> new AssertionError(fixture.rule()
                + " is not in the catalogue"));
        Change found = changes.stream().filter(change -> change.rule().equals(fixture.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(fixture.rule() + " not among " + changes));
        assertEquals(rule.level(), found.level(), found.toString());
        assertEquals(fixture.place().operation(), found.operation(), found.toString());
    }

    /** Which of the catalogue's rules the pairs here and in DiffFixturesTest report: every one is the goal. */
    static Set<String> reported() {
        Set<String> reported = new TreeSet<>();
        cases().forEach(fixture -> ContractDiff.compare(
                        Specs.document("base.yaml", spec(fixture, fixture.family().before())),
                        Specs.document("revision.yaml", spec(fixture, fixture.family().after())))
                .forEach(change -> reported.add(change.rule())));
        return reported;
    }

    @org.junit.jupiter.api.Test
    void theFamiliesCoverEveryPlace() {
        assertTrue(reported().size() >= 200, reported().toString());
    }
}
