package io.switchboard.contract.lint;

import static io.switchboard.contract.Specs.at;
import static io.switchboard.contract.Specs.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.Specs;
import io.switchboard.contract.check.ContractLinter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule, on a contract that breaks it (found at the right place) and on one that keeps it (not found). */
class RulesTest {

    private static final ContractLinter EVERY_RULE = new ContractLinter(everyRule());

    record Case(String rule, String version, String pointer, Consumer<ObjectNode> breakIt, Consumer<ObjectNode> keep) {
        @Override
        public String toString() {
            return rule + " (" + version + ")";
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("info-contact", "/info", spec -> at(spec, "/info").remove("contact")),
                bad("info-description", "/info", spec -> at(spec, "/info").remove("description")),
                bad("info-license", "/info", spec -> at(spec, "/info").remove("license")),
                bad("license-url", "/info/license", spec -> at(spec, "/info/license").remove("url")),
                bad("contact-properties", "/info/contact", spec -> at(spec, "/info/contact").remove("email")),
                bad("operation-description", GET, spec -> at(spec, GET).remove("description")),
                bad("operation-operationId", GET, spec -> at(spec, GET).remove("operationId")),
                bad("operation-operationId-unique", "/paths/~1pets/get/operationId", spec -> {
                    addOperation(spec, "/pets", "get");
                    at(spec, "/paths/~1pets/get").put("operationId", "getPet");
                }),
                bad("operation-operationId-valid-in-url", GET + "/operationId",
                        spec -> at(spec, GET).put("operationId", "get pet")),
                withKeep(bad("operation-success-response", GET + "/responses", spec -> moveResponse(spec, "404")),
                        spec -> moveResponse(spec, "3XX")),
                bad("operation-tags", GET + "/tags", spec -> at(spec, GET).putArray("tags")),
                bad("operation-singular-tag", GET + "/tags",
                        spec -> ((ArrayNode) spec.at(GET + "/tags")).add("more")),
                bad("operation-tag-defined", GET + "/tags/0",
                        spec -> ((ArrayNode) spec.at(GET + "/tags")).set(0, spec.textNode("dogs"))),
                bad("operation-parameters", GET + "/parameters/1", spec -> {
                    ArrayNode parameters = (ArrayNode) spec.at(GET + "/parameters");
                    parameters.add(parameters.get(0).deepCopy());
                }),
                bad("path-params", GET, spec -> ((ArrayNode) spec.at(GET + "/parameters")).removeAll()),
                bad("path-params", GET + "/parameters/0",
                        spec -> at(spec, GET + "/parameters/0").put("required", false)),
                bad("path-params", "/paths/~1pets~1{id}", spec -> {
                    ObjectNode copy = spec.at("/paths/~1pets~1{petId}").deepCopy();
                    at(spec, "/paths").set("/pets/{id}", copy);
                    at(copy, "/get").put("operationId", "getPet2");
                    at(copy, "/get/parameters/0").put("name", "id");
                }),
                bad("path-params", GET + "/parameters/1", spec -> ((ArrayNode) spec.at(GET + "/parameters"))
                        .addObject().put("name", "other").put("in", "path").put("required", true)
                        .put("description", "x").putObject("schema").put("type", "string")),
                bad("path-declarations-must-exist", "/paths/~1pets~1{}", spec -> addPath(spec, "/pets/{}")),
                bad("path-keys-no-trailing-slash", "/paths/~1pets~1", spec -> addPath(spec, "/pets/")),
                bad("path-not-include-query", "/paths/~1pets?limit=1", spec -> addPath(spec, "/pets?limit=1")),
                bad("openapi-tags", "", spec -> spec.remove("tags")),
                bad("openapi-tags-alphabetical", "/tags", spec -> ((ArrayNode) spec.at("/tags")).insertObject(0)
                        .put("name", "zebras").put("description", "Z.")),
                bad("openapi-tags-uniqueness", "/tags/1/name", spec -> ((ArrayNode) spec.at("/tags")).addObject()
                        .put("name", "pets").put("description", "Again.")),
                bad("tag-description", "/tags/0", spec -> at(spec, "/tags/0").remove("description")),
                bad("typed-enum", PET + "/properties/kind/enum/1",
                        spec -> ((ArrayNode) spec.at(PET + "/properties/kind/enum")).set(1, spec.numberNode(3))),
                withKeep(bad("typed-enum", PET + "/properties/kind/enum/2", spec ->
                                ((ArrayNode) spec.at(PET + "/properties/kind/enum")).addNull()),
                        spec -> {
                            at(spec, PET + "/properties/kind").put("nullable", true);
                            ((ArrayNode) spec.at(PET + "/properties/kind/enum")).addNull();
                        }),
                bad("duplicated-entry-in-enum", PET + "/properties/kind/enum",
                        spec -> ((ArrayNode) spec.at(PET + "/properties/kind/enum")).add("dog")),
                bad("array-items", PET + "/properties/tags", spec -> at(spec, PET + "/properties")
                        .putObject("tags").put("type", "array")),
                withKeep(bad("no-$ref-siblings", GET_SCHEMA + "/description",
                        spec -> at(spec, GET_SCHEMA).put("description", "The pet.")), null),
                bad("no-eval-in-markdown", "/info/description",
                        spec -> at(spec, "/info").put("description", "Try eval(alert) here")),
                bad("no-script-tags-in-markdown", "/info/description",
                        spec -> at(spec, "/info").put("description", "<script>alert(1)</script>")),
                bad("oas3-api-servers", "", spec -> spec.remove("servers")),
                bad("oas3-server-trailing-slash", "/servers/0/url",
                        spec -> at(spec, "/servers/0").put("url", "https://api.pets.test/v1/")),
                bad("oas3-server-not-example.com", "/servers/0/url",
                        spec -> at(spec, "/servers/0").put("url", "https://example.com/v1")),
                bad("oas3-server-variables", "/servers/0",
                        spec -> at(spec, "/servers/0").put("url", "https://{region}.pets.test/v1")),
                bad("oas3-server-variables", "/servers/0/variables/zone", spec -> at(spec, "/servers/0")
                        .putObject("variables").putObject("zone").put("default", "eu")),
                withKeep(bad("oas3-server-variables", "/servers/0/variables/region/default", spec -> {
                    at(spec, "/servers/0").put("url", "https://{region}.pets.test/v1");
                    ObjectNode region = at(spec, "/servers/0").putObject("variables").putObject("region");
                    region.put("default", "us");
                    region.putArray("enum").add("eu").add("asia");
                }), spec -> {
                    at(spec, "/servers/0").put("url", "https://{region}.pets.test/v1");
                    ObjectNode region = at(spec, "/servers/0").putObject("variables").putObject("region");
                    region.put("default", "eu");
                    region.putArray("enum").add("eu").add("asia");
                }),
                bad("oas3-unused-component", "/components/schemas/Owner", spec -> at(spec, "/components/schemas")
                        .putObject("Owner").put("type", "object")),
                bad("oas3-examples-value-or-externalValue", "/components/examples/rex",
                        spec -> at(spec, "/components").putObject("examples").putObject("rex")
                                .put("summary", "Rex")),
                bad("oas3-parameter-description", GET + "/parameters/0",
                        spec -> at(spec, GET + "/parameters/0").remove("description")),
                bad("oas3-operation-security-defined", "/security/1/oauth", spec -> ((ArrayNode) spec
                        .at("/security")).addObject().putArray("oauth")),
                bad("oas3-operation-security-defined", GET + "/security/0/key/0", spec -> at(spec, GET)
                        .putArray("security").addObject().putArray("key").add("admin").getClass()),
                bad("oas3-callbacks-in-callbacks", GET + "/callbacks/onEvent/{$request.body#~1url}/post/callbacks",
                        RulesTest::nestedCallback),
                bad("oas3-links-parameters-expression", GET + "/responses/200/links/owner/parameters/id",
                        spec -> at(spec, GET + "/responses/200").putObject("links").putObject("owner")
                                .put("operationId", "getPet").putObject("parameters").put("id", "$response.nope")),
                bad("oas3-valid-media-example", GET + "/responses/200/content/application~1json/example",
                        spec -> at(spec, GET + "/responses/200/content/application~1json/example").remove("name")),
                bad("oas3-valid-media-example", GET + "/responses/200/content/application~1json/example/id",
                        spec -> at(spec, GET + "/responses/200/content/application~1json/example").put("id", 7)),
                bad("oas3-valid-schema-example", PET + "/properties/kind/example",
                        spec -> at(spec, PET + "/properties/kind").put("example", "fish")),
                bad("oas3-valid-schema-example", PET + "/properties/name/default",
                        spec -> at(spec, PET + "/properties/name").put("default", 12)),
                bad("oas3-schema", "/info", spec -> at(spec, "/info").remove("version")),
                bad("oas3-schema", GET + "/summary", spec -> at(spec, GET).putArray("summary")),
                bad("oas3-schema", GET + "/bogus", spec -> at(spec, GET).put("bogus", true)),
                bad("invalid-ref", GET_SCHEMA + "/$ref",
                        spec -> at(spec, GET_SCHEMA).put("$ref", "#/components/schemas/Pets")),
                bad("invalid-ref", GET_SCHEMA + "/$ref",
                        spec -> at(spec, GET_SCHEMA).put("$ref", "common.yaml#/components/schemas/Pet")),
                v31(bad("oas3_1-servers-in-webhook", "/webhooks/newPet/post/servers",
                        spec -> webhook(spec).putArray("servers").addObject().put("url", "https://hooks.pets.test"))),
                v31(bad("oas3_1-callbacks-in-webhook", "/webhooks/newPet/post/callbacks",
                        spec -> webhook(spec).putObject("callbacks").putObject("x"))),
                v31(bad("typed-enum", PET + "/properties/kind/enum/2", spec ->
                        ((ArrayNode) spec.at(PET + "/properties/kind/enum")).add(4))),
                v31(bad("oas3-valid-media-example", GET + "/responses/200/content/application~1json/example",
                        spec -> at(spec, GET + "/responses/200/content/application~1json/example").remove("id"))))
                .map(Arguments::of);
    }

    private static final String GET = "/paths/~1pets~1{petId}/get";
    private static final String GET_SCHEMA = GET + "/responses/200/content/application~1json/schema";
    private static final String PET = "/components/schemas/Pet";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenContractIsReportedAtItsPlaceAndCleanOneIsNot(Case rule) {
        ObjectNode broken = clean(rule.version());
        rule.breakIt().accept(broken);
        List<ContractFinding> found = EVERY_RULE.lint(Specs.document(broken)).stream()
                .filter(finding -> finding.rule().equals(rule.rule())).toList();
        assertTrue(found.stream().anyMatch(finding -> finding.pointer().equals(rule.pointer())),
                () -> rule.rule() + " expected at " + rule.pointer() + " but found " + found);

        ObjectNode kept = clean(rule.version());
        if (rule.keep() != null) {
            rule.keep().accept(kept);
        }
        List<ContractFinding> none = EVERY_RULE.lint(Specs.document(kept)).stream()
                .filter(finding -> finding.rule().equals(rule.rule())).toList();
        assertEquals(List.of(), none);
    }

    @Test
    void cleanContractsHaveNoFindingsAtAll() {
        for (String version : List.of("3.0.3", "3.1.0")) {
            assertEquals(List.of(), EVERY_RULE.lint(Specs.document(clean(version))), version);
        }
    }

    @Test
    void everyRuleInTheCatalogHasACase() {
        List<String> covered = cases().map(arguments -> ((Case) arguments.get()[0]).rule()).toList();
        List<String> missing = ContractLinter.catalog().stream().map(LintRule::id)
                .filter(id -> !covered.contains(id)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void noRefSiblingsIsAllowedIn31() {
        ObjectNode spec = clean("3.1.0");
        at(spec, GET_SCHEMA).put("description", "The pet.");
        assertTrue(EVERY_RULE.lint(Specs.document(spec)).stream()
                .noneMatch(finding -> finding.rule().equals("no-$ref-siblings")));
    }

    private static Case bad(String rule, String pointer, Consumer<ObjectNode> breakIt) {
        return new Case(rule, "3.0.3", pointer, breakIt, null);
    }

    private static Case withKeep(Case base, Consumer<ObjectNode> keep) {
        return new Case(base.rule(), base.version(), base.pointer(), base.breakIt(), keep);
    }

    private static Case v31(Case base) {
        return new Case(base.rule(), "3.1.0", base.pointer(), base.breakIt(), base.keep());
    }

    private static void addOperation(ObjectNode spec, String path, String method) {
        ObjectNode operation = spec.at(GET).deepCopy();
        operation.remove("parameters");
        operation.put("operationId", method + path.replace("/", "_"));
        ObjectNode item = spec.path("paths").has(path) ? at(spec, "/paths").with(path) : at(spec, "/paths")
                .putObject(path);
        item.set(method, operation);
    }

    private static void addPath(ObjectNode spec, String path) {
        addOperation(spec, path, "get");
    }

    private static void moveResponse(ObjectNode spec, String code) {
        ObjectNode responses = at(spec, GET + "/responses");
        responses.set(code, responses.remove("200"));
    }

    private static void nestedCallback(ObjectNode spec) {
        ObjectNode inner = spec.at(GET).deepCopy();
        inner.remove("parameters");
        inner.put("operationId", "callback");
        inner.putObject("callbacks").putObject("again").putObject("{$request.body#/url}");
        at(spec, GET).putObject("callbacks").putObject("onEvent").putObject("{$request.body#/url}")
                .set("post", inner);
    }

    private static ObjectNode webhook(ObjectNode spec) {
        ObjectNode operation = spec.at(GET).deepCopy();
        operation.remove("parameters");
        operation.put("operationId", "newPet");
        spec.putObject("webhooks").putObject("newPet").set("post", operation);
        return operation;
    }

    private static Ruleset everyRule() {
        Map<String, FindingSeverity> all = new HashMap<>();
        ContractLinter.catalog().forEach(rule -> all.put(rule.id(), rule.defaultSeverity()));
        return new Ruleset(all, List.of(), null);
    }
}
