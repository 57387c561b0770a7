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
    private record Family(String suffix, String before, String after, boolean somePlaces) {

        Family(String suffix, String before, String after) {
            this(suffix, before, after, false);
        }

        /** The same change, whose rule exists at some places only (oasdiff has no parameter rules for it). */
        Family atSomePlaces() {
            return new Family(suffix, before, after, true);
        }
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
                new Family("all-of-added-annotation-only", "{allOf: [{$ref: '#/components/schemas/Person'}]}",
                        "{allOf: [{$ref: '#/components/schemas/Person'}, {title: A person}]}").atSomePlaces(),
                new Family("all-of-removed-annotation-only",
                        "{allOf: [{$ref: '#/components/schemas/Person'}, {description: Someone}]}",
                        "{allOf: [{$ref: '#/components/schemas/Person'}]}").atSomePlaces(),
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
            families.addAll(keywords2020(object));
        }
        return families;
    }

    /** oasdiff's JSON Schema 2020-12 rules: each keyword appearing, going or changing (OpenAPI 3.1 only). */
    private static List<Family> keywords2020(String object) {
        String array = "type: array, items: {type: string}";
        List<Family> families = new ArrayList<>();
        for (String[] keyword : new String[][] {{"if", "if", "{properties: {a: {const: x}}}"},
                {"then", "then", "{required: [b]}"}, {"else", "else", "{required: [a]}"},
                {"property-names", "propertyNames", "{maxLength: 3}"},
                {"unevaluated-properties", "unevaluatedProperties", "false"}}) {
            String plain = "{" + object + "}";
            String with = "{" + object + ", " + keyword[1] + ": " + keyword[2] + "}";
            families.add(new Family(keyword[0] + "-added", plain, with));
            families.add(new Family(keyword[0] + "-removed", with, plain));
        }
        for (String[] keyword : new String[][] {{"contains", "contains", "{type: string}"},
                {"unevaluated-items", "unevaluatedItems", "false"}}) {
            String plain = "{" + array + "}";
            String with = "{" + array + ", " + keyword[1] + ": " + keyword[2] + "}";
            families.add(new Family(keyword[0] + "-added", plain, with));
            families.add(new Family(keyword[0] + "-removed", with, plain));
        }
        String text = "type: string, contentMediaType: application/json";
        families.add(new Family("content-schema-added", "{" + text + "}", "{" + text + ", contentSchema: {type: object}}"));
        families.add(new Family("content-schema-removed", "{" + text + ", contentSchema: {type: object}}", "{" + text + "}"));
        families.add(new Family("content-media-type-changed", "{" + text + "}", "{type: string, contentMediaType: text/csv}"));
        families.add(new Family("content-encoding-changed", "{type: string, contentEncoding: base64}",
                "{type: string, contentEncoding: base32}"));
        for (String[] keyword : new String[][] {{"dependent-schema", "dependentSchemas", "{a: {required: [b]}}"},
                {"pattern-property", "patternProperties", "{'^x-': {type: string}}"},
                {"dependent-required", "dependentRequired", "{a: [b]}"}}) {
            String plain = "{" + object + "}";
            String with = "{" + object + ", " + keyword[1] + ": " + keyword[2] + "}";
            families.add(new Family(keyword[0] + "-added", plain, with));
            families.add(new Family(keyword[0] + "-removed", with, plain));
        }
        families.add(new Family("dependent-required-changed", "{" + object + ", dependentRequired: {a: [b]}}",
                "{" + object + ", dependentRequired: {a: [b, c]}}"));
        families.add(new Family("const-added", "{type: string}", "{type: string, const: a}"));
        families.add(new Family("const-removed", "{type: string, const: a}", "{type: string}"));
        families.add(new Family("const-changed", "{type: string, const: a}", "{type: string, const: b}"));
        String pair = "type: array, prefixItems: [{type: string}, {type: integer}]";
        String single = "type: array, prefixItems: [{type: string}]";
        families.add(new Family("prefix-items-added", "{" + single + "}", "{" + pair + "}"));
        families.add(new Family("prefix-items-removed", "{" + pair + "}", "{" + single + "}"));
        for (String limit : new String[] {"min-contains", "max-contains"}) {
            String keyword = limit.equals("min-contains") ? "minContains" : "maxContains";
            String at2 = "{type: array, contains: {type: string}, " + keyword + ": 2}";
            String at3 = "{type: array, contains: {type: string}, " + keyword + ": 3}";
            families.add(new Family(limit + "-increased", at2, at3));
            families.add(new Family(limit + "-decreased", at3, at2));
        }
        for (String bound : new String[] {"max", "min"}) {
            String keyword = bound.equals("max") ? "exclusiveMaximum" : "exclusiveMinimum";
            families.add(new Family("exclusive-" + bound + "-set", "{type: number}", "{type: number, " + keyword + ": 5}"));
            families.add(new Family("exclusive-" + bound + "-increased", "{type: number, " + keyword + ": 5}",
                    "{type: number, " + keyword + ": 6}"));
            families.add(new Family("exclusive-" + bound + "-decreased", "{type: number, " + keyword + ": 6}",
                    "{type: number, " + keyword + ": 5}"));
        }
        families.add(new Family("list-of-types-narrowed", "{type: [string, integer]}", "{type: [string]}"));
        families.add(new Family("list-of-types-widened", "{type: [string]}", "{type: [string, integer]}"));
        return families.stream().map(Family::atSomePlaces).toList();
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
                    if (DiffRules.rule(rule).isPresent() || !family.somePlaces()) {
                        cases.add(new Case(rule, version, place, family));
                    }
                }
                cases.add(new Case(place.prefix() + "-type-generalized", version, place,
                        new Family("type-generalized", "{type: integer}", "{type: number}")));
                if (place.prefix().startsWith("response")) {
                    cases.add(new Case(place.prefix() + "-type-specialized", version, place,
                            new Family("type-specialized", "{type: number}", "{type: integer}")));
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
