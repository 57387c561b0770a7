package io.switchboard.contract.diff;

import static io.switchboard.contract.Specs.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.Specs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Base/revision pairs, one change each, for every family of checks, in OpenAPI 3.0 and 3.1: the change is found
 * with its rule id, level and operation, and is placed at a real line in both versions.
 */
class DiffFixturesTest {

    private static final String LIST = "/paths/~1pets/get";
    private static final String CREATE = "/paths/~1pets/post";
    private static final String PET = "/components/schemas/Pet";
    private static final String NEW_PET = "/components/schemas/NewPet";
    private static final String OK = LIST + "/responses/200";

    record Pair(String rule, ChangeLevel level, String operation, String version, Consumer<ObjectNode> base,
                Consumer<ObjectNode> revision, DeprecationPolicy policy) {
        @Override
        public String toString() {
            return rule + " " + level + " (" + version + ")";
        }

        List<Change> compare(ContractDocument before, ContractDocument after) {
            return ContractDiff.compare(before, after, policy);
        }
    }

    /** A deprecation policy as a team might set it in diff.yaml: a month for beta, half a year for stable. */
    private static final DeprecationPolicy POLICY = new DeprecationPolicy(31, 180);

    static ObjectNode base(String version) {
        try {
            return (ObjectNode) Specs.YAML.readTree("""
                    openapi: %s
                    info: {title: Pets, version: 1.0.0}
                    security:
                      - oauth: [read]
                    paths:
                      /pets:
                        get:
                          operationId: listPets
                          tags: [pets]
                          security:
                            - oauth: [read]
                          parameters:
                            - {name: limit, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 100}}
                            - {name: sort, in: query, schema: {type: string, enum: [name, age], pattern: '^[a-z]+$', maxLength: 10, minLength: 1}}
                          responses:
                            '200':
                              description: Pets
                              headers:
                                X-Rate: {required: true, schema: {type: integer}}
                                X-Trace: {schema: {type: string}}
                              content:
                                application/json:
                                  schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                            '404': {description: None}
                        post:
                          operationId: createPet
                          requestBody:
                            required: false
                            content:
                              application/json:
                                schema: {$ref: '#/components/schemas/NewPet'}
                              application/xml:
                                schema: {$ref: '#/components/schemas/NewPet'}
                          responses:
                            '201':
                              description: Created
                              content:
                                application/json:
                                  schema: {$ref: '#/components/schemas/Pet'}
                      /pets/{petId}:
                        get:
                          operationId: getPet
                          parameters:
                            - {name: petId, in: path, required: true, schema: {type: string}}
                          responses:
                            '200': {description: A pet}
                    components:
                      securitySchemes:
                        oauth:
                          type: oauth2
                          flows: {clientCredentials: {tokenUrl: 'https://auth.pets.test/token', scopes: {read: r, write: w}}}
                      schemas:
                        Pet:
                          type: object
                          required: [id, name]
                          properties:
                            id: {type: string, format: uuid}
                            name: {type: string, maxLength: 50}
                            status: {type: string, enum: [available, sold]}
                            tag: {type: string}
                            owner:
                              oneOf:
                                - $ref: '#/components/schemas/Person'
                                - $ref: '#/components/schemas/Shop'
                        NewPet:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string, minLength: 1, maxLength: 50}
                            tag: {type: string}
                            age: {type: integer, minimum: 0, maximum: 40}
                            toys: {type: array, maxItems: 10, items: {type: string}}
                            kind:
                              anyOf:
                                - $ref: '#/components/schemas/Person'
                                - $ref: '#/components/schemas/Shop'
                        Person: {type: object, properties: {name: {type: string}}}
                        Shop: {type: object, properties: {url: {type: string}}}
                        Cat: {type: object, properties: {lives: {type: integer}}}
                    """.formatted(version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<Pair> PAIRS = new ArrayList<>();

    private static void pair(String rule, ChangeLevel level, String operation, Consumer<ObjectNode> revision) {
        pair(rule, level, operation, spec -> { }, revision);
    }

    private static void pair(String rule, ChangeLevel level, String operation, Consumer<ObjectNode> base,
                             Consumer<ObjectNode> revision) {
        pair(rule, level, operation, base, revision, DeprecationPolicy.NONE);
    }

    private static void pair(String rule, ChangeLevel level, String operation, Consumer<ObjectNode> base,
                             Consumer<ObjectNode> revision, DeprecationPolicy policy) {
        for (String version : List.of("3.0.3", "3.1.0")) {
            PAIRS.add(new Pair(rule, level, operation, version, base, revision, policy));
        }
    }

    private static void renameContent(ObjectNode spec, String from, String to) {
        ObjectNode content = at(spec, OK + "/content");
        content.set(to, content.remove(from));
    }

    private static void nullable(ObjectNode spec, String pointer, String type) {
        ObjectNode schema = at(spec, pointer);
        if (spec.path("openapi").asText().startsWith("3.1")) {
            schema.putArray("type").add(type).add("null");
        } else {
            schema.put("nullable", true);
        }
    }

    static {
        // Paths and operations
        pair("api-path-removed-without-deprecation", ChangeLevel.ERR, "GET /pets/{petId}",
                spec -> at(spec, "/paths").remove("/pets/{petId}"));
        pair("api-path-removed-with-deprecation", ChangeLevel.INFO, "GET /pets/{petId}",
                spec -> at(spec, "/paths/~1pets~1{petId}/get").put("deprecated", true),
                spec -> at(spec, "/paths").remove("/pets/{petId}"));
        pair("api-path-removed-before-sunset", ChangeLevel.ERR, "GET /pets/{petId}",
                spec -> at(spec, "/paths/~1pets~1{petId}/get").put("deprecated", true).put("x-sunset", "2999-01-01"),
                spec -> at(spec, "/paths").remove("/pets/{petId}"));
        pair("api-removed-without-deprecation", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, "/paths/~1pets").remove("post"));
        pair("api-removed-with-deprecation", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, CREATE).put("deprecated", true).put("x-sunset", "2000-01-01"),
                spec -> at(spec, "/paths/~1pets").remove("post"));
        pair("api-removed-before-sunset", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, CREATE).put("deprecated", true).put("x-sunset", "2999-01-01"),
                spec -> at(spec, "/paths/~1pets").remove("post"));
        pair("api-path-sunset-parse", ChangeLevel.ERR, "GET /pets/{petId}",
                spec -> at(spec, "/paths/~1pets~1{petId}/get").put("deprecated", true).put("x-sunset", "soon"),
                spec -> at(spec, "/paths").remove("/pets/{petId}"));
        pair("sunset-deleted", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset", "2999-01-01"),
                spec -> at(spec, LIST).put("deprecated", true));
        pair("api-stability-decreased", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST).put("x-stability-level", "stable"),
                spec -> at(spec, LIST).put("x-stability-level", "beta"));
        pair("api-invalid-stability-level", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST).put("x-stability-level", "gamma"));
        pair("endpoint-added", ChangeLevel.INFO, "DELETE /pets/{petId}",
                spec -> at(spec, "/paths/~1pets~1{petId}").set("delete", spec.at("/paths/~1pets~1{petId}/get")
                        .deepCopy()));
        pair("endpoint-deprecated", ChangeLevel.INFO, "GET /pets", spec -> at(spec, LIST).put("deprecated", true));
        pair("endpoint-deprecated-with-sunset", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset", "2999-06-30"));
        pair("api-deprecated-sunset-parse", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset", "next spring"));
        pair("endpoint-reactivated", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST).put("deprecated", true), spec -> { });
        pair("api-sunset-date-changed-too-small", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset", "2999-06-30"),
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset", "2999-01-31"));
        pair("api-operation-id-removed", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST).put("operationId", "findPets"));
        pair("api-tag-removed", ChangeLevel.INFO, "GET /pets", spec -> at(spec, LIST).remove("tags"));
        pair("api-tag-added", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/tags")).add("animals"));
        pair("api-schema-removed", ChangeLevel.INFO, "", spec -> at(spec, "/components/schemas").remove("Cat"));

        // Request parameters
        pair("request-parameter-removed", ChangeLevel.WARN, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/parameters")).remove(1));
        pair("request-parameter-removed-with-deprecation", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1").put("deprecated", true),
                spec -> ((ArrayNode) spec.at(LIST + "/parameters")).remove(1));
        pair("request-parameter-removed-before-sunset", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1").put("deprecated", true).put("x-sunset", "2999-01-01"),
                spec -> ((ArrayNode) spec.at(LIST + "/parameters")).remove(1));
        pair("request-parameter-sunset-parse", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1").put("deprecated", true).put("x-sunset", "soon"),
                spec -> ((ArrayNode) spec.at(LIST + "/parameters")).remove(1));
        pair("new-required-request-parameter", ChangeLevel.ERR, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/parameters")).addObject().put("name", "owner")
                        .put("in", "query").put("required", true).putObject("schema").put("type", "string"));
        pair("new-optional-request-parameter", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/parameters")).addObject().put("name", "owner")
                        .put("in", "header").putObject("schema").put("type", "string"));
        pair("request-parameter-became-required", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0").put("required", true));
        pair("request-parameter-became-optional", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0").put("required", true), spec -> { });
        pair("request-parameter-type-changed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("type", "string"));
        pair("request-parameter-type-changed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("format", "int64"));
        pair("request-parameter-enum-value-removed", ChangeLevel.ERR, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/parameters/1/schema/enum")).remove(1));
        pair("request-parameter-enum-value-added", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/parameters/1/schema/enum")).add("weight"));
        pair("request-parameter-became-enum", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").remove("enum"), spec -> { });
        pair("request-parameter-pattern-changed", ChangeLevel.WARN, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").put("pattern", "^[a-z_]+$"));
        pair("request-parameter-type-generalized", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("type", "number"));
        pair("request-parameter-default-value-added", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("default", 20));
        pair("request-parameter-default-value-changed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("default", 20),
                spec -> at(spec, LIST + "/parameters/0/schema").put("default", 50));
        pair("request-parameter-default-value-removed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("default", 20), spec -> { });
        pair("request-property-default-value-added", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/age").put("default", 1));
        pair("response-property-default-value-changed", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, PET + "/properties/tag").put("default", "none"),
                spec -> at(spec, PET + "/properties/tag").put("default", "untagged"));
        pair("request-property-type-generalized", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/age").put("type", "number"));
        pair("request-parameter-pattern-added", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").remove("pattern"), spec -> { });
        pair("request-parameter-pattern-removed", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").remove("pattern"));
        pair("request-parameter-max-length-decreased", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").put("maxLength", 5));
        pair("request-parameter-max-length-increased", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").put("maxLength", 20));
        pair("request-parameter-min-length-increased", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/1/schema").put("minLength", 2));
        pair("request-parameter-max-decreased", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("maximum", 50));
        pair("request-parameter-min-increased", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("minimum", 5));
        pair("request-parameter-min-decreased", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("minimum", 0));
        pair("request-parameter-max-length-set", ChangeLevel.WARN, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0/schema").put("maxLength", 3));
        pair("request-parameter-deprecated", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/parameters/0").put("deprecated", true));
        pair("request-parameter-became-nullable", ChangeLevel.INFO, "GET /pets",
                spec -> nullable(spec, LIST + "/parameters/1/schema", "string"));
        pair("new-request-path-parameter", ChangeLevel.ERR, "GET /pets/{petId}",
                spec -> ((ArrayNode) spec.at("/paths/~1pets~1{petId}/get/parameters")).addObject()
                        .put("name", "version").put("in", "path").put("required", true));

        // Request body and its properties
        pair("request-body-became-required", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, CREATE + "/requestBody").put("required", true));
        pair("request-body-removed", ChangeLevel.ERR, "POST /pets", spec -> at(spec, CREATE).remove("requestBody"));
        pair("request-body-added-required", ChangeLevel.ERR, "GET /pets/{petId}",
                spec -> at(spec, "/paths/~1pets~1{petId}/get").set("requestBody",
                        ((ObjectNode) spec.at(CREATE + "/requestBody").deepCopy()).put("required", true)));
        pair("request-body-media-type-removed", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, CREATE + "/requestBody/content").remove("application/xml"));
        pair("request-body-media-type-added", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, CREATE + "/requestBody/content").set("text/plain",
                        spec.at(CREATE + "/requestBody/content/application~1xml").deepCopy()));
        pair("new-required-request-property", ChangeLevel.ERR, "POST /pets", spec -> {
            at(spec, NEW_PET + "/properties").putObject("species").put("type", "string");
            ((ArrayNode) spec.at(NEW_PET + "/required")).add("species");
        });
        pair("new-optional-request-property", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties").putObject("species").put("type", "string"));
        pair("request-property-removed", ChangeLevel.WARN, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties").remove("tag"));
        pair("request-property-became-required", ChangeLevel.ERR, "POST /pets",
                spec -> ((ArrayNode) spec.at(NEW_PET + "/required")).add("tag"));
        pair("request-property-became-optional", ChangeLevel.INFO, "POST /pets",
                spec -> ((ArrayNode) spec.at(NEW_PET + "/required")).removeAll());
        pair("request-property-type-changed", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/age").put("type", "string"));
        pair("request-property-max-decreased", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/age").put("maximum", 30));
        pair("request-property-max-increased", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/age").put("maximum", 60));
        pair("request-property-min-length-increased", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/name").put("minLength", 3));
        pair("request-property-max-items-decreased", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/toys").put("maxItems", 5));
        pair("request-property-min-items-set", ChangeLevel.WARN, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/toys").put("minItems", 1));
        pair("request-property-became-enum", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/tag").putArray("enum").add("a").add("b"));
        pair("request-property-pattern-added", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/tag").put("pattern", "^[a-z]+$"));
        pair("request-property-became-not-nullable", ChangeLevel.ERR, "POST /pets",
                spec -> nullable(spec, NEW_PET + "/properties/tag", "string"), spec -> { });
        pair("request-property-any-of-removed", ChangeLevel.ERR, "POST /pets",
                spec -> ((ArrayNode) spec.at(NEW_PET + "/properties/kind/anyOf")).remove(1));
        pair("request-property-any-of-added", ChangeLevel.INFO, "POST /pets",
                spec -> ((ArrayNode) spec.at(NEW_PET + "/properties/kind/anyOf")).addObject()
                        .put("$ref", "#/components/schemas/Cat"));
        pair("request-body-all-of-added", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, NEW_PET).putArray("allOf").addObject().put("$ref", "#/components/schemas/Cat"));
        pair("request-property-deprecated", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/tag").put("deprecated", true));

        // Responses
        pair("response-success-status-removed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST + "/responses").remove("200"));
        pair("response-non-success-status-removed", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/responses").remove("404"));
        pair("response-success-status-added", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/responses").putObject("206").put("description", "Partial"));
        pair("response-media-type-removed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, OK + "/content").remove("application/json"));
        pair("response-media-type-added", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, OK + "/content").set("application/xml",
                        spec.at(OK + "/content/application~1json").deepCopy()));
        pair("response-required-property-removed", ChangeLevel.ERR, "GET /pets",
                spec -> {
                    at(spec, PET + "/properties").remove("name");
                    ((ArrayNode) spec.at(PET + "/required")).remove(1);
                });
        pair("response-optional-property-removed", ChangeLevel.WARN, "GET /pets",
                spec -> at(spec, PET + "/properties").remove("tag"));
        pair("response-optional-property-added", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, PET + "/properties").putObject("color").put("type", "string"));
        pair("response-property-became-optional", ChangeLevel.ERR, "GET /pets",
                spec -> ((ArrayNode) spec.at(PET + "/required")).remove(1));
        pair("response-property-became-required", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(PET + "/required")).add("tag"));
        pair("response-property-became-nullable", ChangeLevel.ERR, "GET /pets",
                spec -> nullable(spec, PET + "/properties/name", "string"));
        pair("response-property-type-changed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, PET + "/properties/id").put("format", "uri"));
        pair("response-property-enum-value-added", ChangeLevel.WARN, "GET /pets",
                spec -> ((ArrayNode) spec.at(PET + "/properties/status/enum")).add("pending"));
        pair("response-property-enum-value-removed", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(PET + "/properties/status/enum")).remove(0));
        pair("response-property-max-length-increased", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, PET + "/properties/name").put("maxLength", 80));
        pair("response-property-max-length-unset", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, PET + "/properties/name").remove("maxLength"));
        pair("response-property-one-of-added", ChangeLevel.ERR, "GET /pets",
                spec -> ((ArrayNode) spec.at(PET + "/properties/owner/oneOf")).addObject()
                        .put("$ref", "#/components/schemas/Cat"));
        pair("response-property-one-of-removed", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(PET + "/properties/owner/oneOf")).remove(1));
        pair("response-body-type-changed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, OK + "/content/application~1json/schema").put("type", "object"));
        pair("required-response-header-removed", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, OK + "/headers").remove("X-Rate"));
        pair("optional-response-header-removed", ChangeLevel.WARN, "GET /pets",
                spec -> at(spec, OK + "/headers").remove("X-Trace"));
        pair("response-header-became-optional", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, OK + "/headers/X-Rate").put("required", false));

        // Security
        pair("api-security-removed", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/security")).removeAll().addObject().putArray("key"));
        pair("api-security-added", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/security")).addObject().putArray("key"));
        pair("api-security-scope-added", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/security/0/oauth")).add("write"));
        pair("api-security-scope-removed", ChangeLevel.INFO, "GET /pets",
                spec -> ((ArrayNode) spec.at(LIST + "/security/0/oauth")).removeAll());
        pair("api-global-security-removed", ChangeLevel.INFO, "", spec -> spec.putArray("security"));
        pair("api-global-security-scope-added", ChangeLevel.INFO, "",
                spec -> ((ArrayNode) spec.at("/security/0/oauth")).add("write"));
        pair("api-security-component-added", ChangeLevel.INFO, "",
                spec -> at(spec, "/components/securitySchemes").putObject("key").put("type", "apiKey")
                        .put("in", "header").put("name", "X-Key"));
        pair("api-security-component-removed", ChangeLevel.INFO, "",
                spec -> at(spec, "/components/securitySchemes").putObject("key").put("type", "apiKey")
                        .put("in", "header").put("name", "X-Key"),
                spec -> { });
        pair("api-security-component-type-changed", ChangeLevel.INFO, "",
                spec -> at(spec, "/components/securitySchemes").putObject("key").put("type", "apiKey")
                        .put("in", "header").put("name", "X-Key"),
                spec -> at(spec, "/components/securitySchemes").putObject("key").put("type", "http")
                        .put("scheme", "bearer"));
        pair("api-global-security-added", ChangeLevel.INFO, "", spec -> spec.putArray("security"), spec -> { });
        pair("api-global-security-scope-removed", ChangeLevel.INFO, "",
                spec -> ((ArrayNode) spec.at("/security/0/oauth")).removeAll());
        pair("api-operation-id-added", ChangeLevel.INFO, "GET /pets", spec -> at(spec, LIST).remove("operationId"),
                spec -> { });
        pair("request-body-added-optional", ChangeLevel.INFO, "POST /pets", spec -> at(spec, CREATE).remove("requestBody"),
                spec -> { });
        pair("request-body-became-optional", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, CREATE + "/requestBody").put("required", true), spec -> { });
        pair("response-non-success-status-added", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST + "/responses").putObject("500").put("description", "Broken"));
        pair("new-required-request-property-with-default", ChangeLevel.ERR, "POST /pets", spec -> {
            at(spec, NEW_PET + "/properties").putObject("size").put("type", "string").put("default", "M");
            ((ArrayNode) spec.at(NEW_PET + "/required")).add("size");
        });
        pair("response-required-property-added", ChangeLevel.INFO, "GET /pets", spec -> {
            at(spec, PET + "/properties").putObject("born").put("type", "string");
            ((ArrayNode) spec.at(PET + "/required")).add("born");
        });
        pair("response-property-deprecated", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, PET + "/properties/tag").put("deprecated", true));
        lifecycleAndPathParameters();
        schemasHeadersAndPropertyLifecycle();
        parameterProperties();
        readAndWriteOnly();
        discriminators();
        patternsExtensibleEnumsAndOauth();
    }

    /** The base's own change, then the revision's on top of it. */
    private static Consumer<ObjectNode> then(Consumer<ObjectNode> common, Consumer<ObjectNode> change) {
        return common.andThen(change);
    }

    private static final String SORT = LIST + "/parameters/1";
    private static final String PAST = "2001-01-01";

    private static final String GET_PET_OK = "/paths/~1pets~1{petId}/get/responses/200";

    /** A body's schema set from YAML flow text, under a media type. */
    private static Consumer<ObjectNode> body(String pointer, String mediaType, String schema) {
        return spec -> {
            try {
                at(spec, pointer).putObject("content").putObject(mediaType).set("schema", Specs.YAML.readTree(schema));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Bodies read as text, and bodies wrapped in oneOf. */
    private static void looselyTypedAndWrappedBodies() {
        String request = CREATE + "/requestBody";
        pair("request-body-type-compatible", ChangeLevel.INFO, "POST /pets", body(request, "text/plain",
                "{type: integer}"), body(request, "text/plain", "{type: string}"));
        pair("request-property-type-compatible", ChangeLevel.INFO, "POST /pets",
                body(request, "application/x-www-form-urlencoded", "{type: object, properties: {n: {type: integer}}}"),
                body(request, "application/x-www-form-urlencoded", "{type: object, properties: {n: {type: string}}}"));
        pair("response-body-type-compatible", ChangeLevel.INFO, "GET /pets/{petId}", body(GET_PET_OK,
                "application/xml", "{type: string}"), body(GET_PET_OK, "application/xml", "{type: object}"));
        pair("response-property-type-compatible", ChangeLevel.INFO, "GET /pets/{petId}",
                body(GET_PET_OK, "application/xml", "{type: object, properties: {n: {type: string}}}"),
                body(GET_PET_OK, "application/xml", "{type: object, properties: {n: {type: object}}}"));
        String plain = "{type: object, properties: {a: {type: string}, b: {type: string}}}";
        String wrapped = "{oneOf: [{type: object, properties: {a: {type: string}}}, "
                + "{type: object, properties: {b: {type: string}}}]}";
        pair("request-body-wrapped-in-one-of", ChangeLevel.ERR, "POST /pets", body(request, "application/json", plain),
                body(request, "application/json", wrapped));
        pair("response-body-wrapped-in-one-of", ChangeLevel.ERR, "GET /pets/{petId}",
                body(GET_PET_OK, "application/json", plain), body(GET_PET_OK, "application/json", wrapped));
    }

    /** With a deprecation policy, a deprecation needs a sunset date far enough away. */
    private static void deprecationPolicy() {
        pair("api-deprecated-sunset-missing", ChangeLevel.ERR, "GET /pets", spec -> { },
                spec -> at(spec, LIST).put("deprecated", true), POLICY);
        pair("api-sunset-date-too-small", ChangeLevel.ERR, "GET /pets", spec -> { },
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset",
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).toString()), POLICY);
        pair("endpoint-deprecated", ChangeLevel.INFO, "GET /pets", spec -> { },
                spec -> at(spec, LIST).put("deprecated", true).put("x-stability-level", "alpha"), POLICY);
        pair("request-parameter-deprecated-sunset-missing", ChangeLevel.ERR, "GET /pets", spec -> { },
                spec -> at(spec, SORT).put("deprecated", true), POLICY);
        pair("request-property-deprecated-sunset-missing", ChangeLevel.ERR, "POST /pets", spec -> { },
                spec -> at(spec, NEW_PET + "/properties/tag").put("deprecated", true), POLICY);
        pair("response-property-deprecated-sunset-missing", ChangeLevel.ERR, "GET /pets", spec -> { },
                spec -> at(spec, PET + "/properties/tag").put("deprecated", true), POLICY);
    }

    private static void lifecycleAndPathParameters() {
        deprecationPolicy();
        looselyTypedAndWrappedBodies();
        Consumer<ObjectNode> webhook = spec -> spec.putObject("webhooks").putObject("petAdopted").putObject("post")
                .putObject("responses").putObject("200").put("description", "Received");
        pair("webhook-added", ChangeLevel.INFO, "webhook:petAdopted", webhook);
        pair("webhook-removed", ChangeLevel.ERR, "webhook:petAdopted", webhook, spec -> { });
        pair("api-sunset-date-too-small", ChangeLevel.ERR, "GET /pets",
                spec -> at(spec, LIST).put("deprecated", true).put("x-sunset", PAST));
        Consumer<ObjectNode> deprecated = spec -> at(spec, SORT).put("deprecated", true);
        pair("request-parameter-reactivated", ChangeLevel.INFO, "GET /pets", deprecated, spec -> { });
        pair("request-parameter-sunset-date-too-small", ChangeLevel.ERR, "GET /pets",
                then(deprecated, spec -> at(spec, SORT).put("x-sunset", PAST)));
        for (boolean required : new boolean[] {true, false}) {
            pair((required ? "new-required" : "new-optional") + "-request-default-parameter-to-existing-path",
                    required ? ChangeLevel.ERR : ChangeLevel.INFO, "GET /pets",
                    spec -> at(spec, "/paths/~1pets").putArray("parameters").addObject().put("name", "X-Tenant")
                            .put("in", "header").put("required", required).putObject("schema").put("type", "string"));
        }
    }

    private static void schemasHeadersAndPropertyLifecycle() {
        String createJson = CREATE + "/requestBody/content/application~1json";
        String listJson = OK + "/content/application~1json";
        pair("request-body-media-type-schema-added", ChangeLevel.ERR, "POST /pets",
                spec -> at(spec, createJson).remove("schema"), spec -> { });
        pair("request-body-media-type-schema-removed", ChangeLevel.INFO, "POST /pets",
                spec -> at(spec, createJson).remove("schema"));
        pair("response-body-media-type-schema-added", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, listJson).remove("schema"), spec -> { });
        pair("response-body-media-type-schema-removed", ChangeLevel.WARN, "GET /pets",
                spec -> at(spec, listJson).remove("schema"));
        for (String[] rename : new String[][] {{"changed", "INFO", "application/json", "application/json; charset=utf-8"},
                {"specialized", "INFO", "application/json", "application/problem+json"},
                {"generalized", "ERR", "application/problem+json", "application/json"}}) {
            Consumer<ObjectNode> base = spec -> renameContent(spec, "application/json", rename[2]);
            pair("response-media-type-name-" + rename[0], ChangeLevel.valueOf(rename[1]), "GET /pets", base,
                    spec -> renameContent(spec, "application/json", rename[3]));
        }
        pair("api-stability-increased", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, LIST).put("x-stability-level", "beta"),
                spec -> at(spec, LIST).put("x-stability-level", "stable"));
        pair("response-header-added", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, OK + "/headers").putObject("X-Cursor").putObject("schema").put("type", "string"));
        Consumer<ObjectNode> sunset = spec -> at(spec, SORT).put("deprecated", true).put("x-sunset", "2099-06-01");
        pair("request-parameter-sunset-deleted", ChangeLevel.ERR, "GET /pets", sunset,
                spec -> at(spec, SORT).put("deprecated", true));
        pair("request-parameter-sunset-date-changed-too-small", ChangeLevel.ERR, "GET /pets", sunset,
                spec -> at(spec, SORT).put("deprecated", true).put("x-sunset", "2099-01-01"));
        for (String[] place : new String[][] {{"request-property", NEW_PET + "/properties/tag", "POST /pets"},
                {"response-property", PET + "/properties/tag", "GET /pets"}}) {
            pair(place[0] + "-deprecated-with-sunset", ChangeLevel.INFO, place[2],
                    spec -> at(spec, place[1]).put("deprecated", true).put("x-sunset", "2099-01-01"));
            pair(place[0] + "-deprecated-sunset-invalid", ChangeLevel.ERR, place[2],
                    spec -> at(spec, place[1]).put("deprecated", true).put("x-sunset", "soon"));
            pair(place[0] + "-sunset-date-too-small", ChangeLevel.ERR, place[2],
                    spec -> at(spec, place[1]).put("deprecated", true).put("x-sunset", PAST));
            pair(place[0] + "-reactivated", ChangeLevel.INFO, place[2],
                    spec -> at(spec, place[1]).put("deprecated", true), spec -> { });
            pair(place[0] + "-stability-decreased", ChangeLevel.ERR, place[2],
                    spec -> at(spec, place[1]).put("x-stability-level", "stable"),
                    spec -> at(spec, place[1]).put("x-stability-level", "beta"));
            pair(place[0] + "-stability-increased", ChangeLevel.INFO, place[2],
                    spec -> at(spec, place[1]).put("x-stability-level", "beta"),
                    spec -> at(spec, place[1]).put("x-stability-level", "stable"));
        }
    }

    /** Object-valued parameters (deepObject query, a header carrying JSON): their properties' own rules. */
    private static void parameterProperties() {
        for (String in : new String[] {"query", "header"}) {
            Consumer<ObjectNode> object = spec -> {
                ObjectNode schema = ((ArrayNode) spec.at(LIST + "/parameters")).addObject().put("name", "filter")
                        .put("in", in).putObject("schema").put("type", "object");
                ObjectNode properties = schema.putObject("properties");
                properties.putObject("size").put("type", "integer");
                properties.putObject("kind").put("type", "string").putArray("enum").add("a").add("b");
                properties.putObject("note").put("type", "string");
            };
            String size = LIST + "/parameters/2/schema/properties/size";
            String kind = LIST + "/parameters/2/schema/properties/kind";
            String property = "request-parameter-property-";
            if (in.equals("query")) {
                pair(property + "type-generalized", ChangeLevel.INFO, "GET /pets", object,
                        then(object, spec -> at(spec, size).put("type", "number")));
                pair(property + "type-specialized", ChangeLevel.ERR, "GET /pets",
                        then(object, spec -> at(spec, size).put("type", "number")), object);
                pair(property + "type-changed", ChangeLevel.WARN, "GET /pets", object,
                        then(object, spec -> at(spec, size).put("type", "boolean")));
                pair(property + "enum-value-added", ChangeLevel.INFO, "GET /pets", object,
                        then(object, spec -> ((ArrayNode) spec.at(kind + "/enum")).add("c")));
                pair(property + "enum-value-removed", ChangeLevel.ERR, "GET /pets", object,
                        then(object, spec -> ((ArrayNode) spec.at(kind + "/enum")).remove(1)));
                Consumer<ObjectNode> nullable = then(object, spec -> nullable(spec, size, "integer"));
                pair(property + "became-nullable", ChangeLevel.INFO, "GET /pets", object, nullable);
                pair(property + "became-not-nullable", ChangeLevel.ERR, "GET /pets", nullable, object);
                Consumer<ObjectNode> listed = then(object, spec -> at(spec, size).putArray("type").add("integer")
                        .add("string"));
                pair(property + "list-of-types-narrowed", ChangeLevel.ERR, "GET /pets", listed,
                        then(object, spec -> at(spec, size).putArray("type").add("integer")));
                pair(property + "list-of-types-widened", ChangeLevel.INFO, "GET /pets",
                        then(object, spec -> at(spec, size).putArray("type").add("integer")), listed);
            } else {
                String schema = LIST + "/parameters/2/schema";
                pair("new-required-request-header-property", ChangeLevel.ERR, "GET /pets", object, then(object, spec -> {
                    at(spec, schema + "/properties").putObject("trace").put("type", "string");
                    at(spec, schema).putArray("required").add("trace");
                }));
                pair("request-header-property-became-required", ChangeLevel.ERR, "GET /pets", object,
                        then(object, spec -> at(spec, schema).putArray("required").add("note")));
                pair("request-header-property-became-enum", ChangeLevel.ERR, "GET /pets", object,
                        then(object, spec -> at(spec, schema + "/properties/note").putArray("enum").add("x")));
            }
        }
    }

    private static void readAndWriteOnly() {
        Consumer<ObjectNode> secret = spec -> at(spec, PET + "/properties").putObject("secret")
                .put("type", "string").put("writeOnly", true);
        pair("response-optional-write-only-property-added", ChangeLevel.INFO, "GET /pets", secret);
        pair("response-required-write-only-property-added", ChangeLevel.INFO, "GET /pets",
                then(secret, spec -> ((ArrayNode) spec.at(PET + "/required")).add("secret")));
        Consumer<ObjectNode> writeOnlyName = spec -> at(spec, PET + "/properties/name").put("writeOnly", true);
        Consumer<ObjectNode> writeOnlyTag = spec -> at(spec, PET + "/properties/tag").put("writeOnly", true);
        pair("response-required-write-only-property-removed", ChangeLevel.INFO, "GET /pets", writeOnlyName, spec -> {
            at(spec, PET + "/properties").remove("name");
            ((ArrayNode) spec.at(PET + "/required")).remove(1);
        });
        pair("response-optional-write-only-property-removed", ChangeLevel.INFO, "GET /pets", writeOnlyTag,
                spec -> at(spec, PET + "/properties").remove("tag"));
        pair("response-write-only-property-became-required", ChangeLevel.INFO, "GET /pets", writeOnlyTag,
                then(writeOnlyTag, spec -> ((ArrayNode) spec.at(PET + "/required")).add("tag")));
        pair("response-write-only-property-became-optional", ChangeLevel.INFO, "GET /pets", writeOnlyName,
                then(writeOnlyName, spec -> ((ArrayNode) spec.at(PET + "/required")).remove(1)));
        Consumer<ObjectNode> writeOnlyStatus = spec -> at(spec, PET + "/properties/status").put("writeOnly", true);
        pair("response-write-only-property-enum-value-added", ChangeLevel.INFO, "GET /pets", writeOnlyStatus,
                then(writeOnlyStatus, spec -> ((ArrayNode) spec.at(PET + "/properties/status/enum")).add("pending")));

        Consumer<ObjectNode> readOnlyAge = spec -> at(spec, NEW_PET + "/properties/age").put("readOnly", true);
        pair("request-read-only-property-max-decreased", ChangeLevel.INFO, "POST /pets", readOnlyAge,
                then(readOnlyAge, spec -> at(spec, NEW_PET + "/properties/age").put("maximum", 30)));
        pair("request-read-only-property-min-increased", ChangeLevel.INFO, "POST /pets", readOnlyAge,
                then(readOnlyAge, spec -> at(spec, NEW_PET + "/properties/age").put("minimum", 1)));
        Consumer<ObjectNode> exclusive = spec -> at(spec, NEW_PET + "/properties/age").put("readOnly", true)
                .put("exclusiveMaximum", 40).put("exclusiveMinimum", 0);
        pair("request-read-only-property-exclusive-max-decreased", ChangeLevel.INFO, "POST /pets", exclusive,
                then(exclusive, spec -> at(spec, NEW_PET + "/properties/age").put("exclusiveMaximum", 30)));
        pair("request-read-only-property-exclusive-min-increased", ChangeLevel.INFO, "POST /pets", exclusive,
                then(exclusive, spec -> at(spec, NEW_PET + "/properties/age").put("exclusiveMinimum", 1)));
        Consumer<ObjectNode> readOnlyTag = spec -> at(spec, NEW_PET + "/properties/tag").put("readOnly", true)
                .put("maxLength", 10).putArray("enum").add("a").add("b");
        pair("request-read-only-property-max-length-decreased", ChangeLevel.INFO, "POST /pets", readOnlyTag,
                then(readOnlyTag, spec -> at(spec, NEW_PET + "/properties/tag").put("maxLength", 5)));
        pair("request-read-only-property-enum-value-removed", ChangeLevel.INFO, "POST /pets", readOnlyTag,
                then(readOnlyTag, spec -> ((ArrayNode) spec.at(NEW_PET + "/properties/tag/enum")).remove(1)));
        pair("request-property-became-required-with-default", DiffRules.rule(
                        "request-property-became-required-with-default").orElseThrow().level(), "POST /pets",
                spec -> at(spec, NEW_PET + "/properties/tag").put("default", "x"), spec -> {
                    at(spec, NEW_PET + "/properties/tag").put("default", "x");
                    ((ArrayNode) spec.at(NEW_PET + "/required")).add("tag");
                });

        String[][] places = {{"request", "required", NEW_PET + "/properties/name", "POST /pets"},
            {"request", "optional", NEW_PET + "/properties/tag", "POST /pets"},
            {"response", "required", PET + "/properties/name", "GET /pets"},
            {"response", "optional", PET + "/properties/tag", "GET /pets"}};
        for (String[] place : places) {
            for (String[] flag : new String[][] {{"writeOnly", "write-only"}, {"readOnly", "read-only"}}) {
                Consumer<ObjectNode> set = spec -> at(spec, place[2]).put(flag[0], true);
                String id = place[0] + "-" + place[1] + "-property-became-";
                pair(id + flag[1], DiffRules.rule(id + flag[1]).orElseThrow().level(), place[3], set);
                pair(id + "not-" + flag[1], DiffRules.rule(id + "not-" + flag[1]).orElseThrow().level(), place[3],
                        set, spec -> { });
            }
        }
    }

    private static void discriminators() {
        String[][] places = {{"request-body", NEW_PET, "POST /pets"},
            {"request-property", NEW_PET + "/properties/kind", "POST /pets"},
            {"response-body", PET, "POST /pets"}, {"response-property", PET, "GET /pets"}};
        for (String[] place : places) {
            Consumer<ObjectNode> kind = spec -> at(spec, place[1]).putObject("discriminator")
                    .put("propertyName", "kind");
            Consumer<ObjectNode> mapped = spec -> at(spec, place[1]).putObject("discriminator")
                    .put("propertyName", "kind").putObject("mapping").put("a", "#/components/schemas/Person");
            String id = place[0] + "-discriminator-";
            pair(id + "added", ChangeLevel.INFO, place[2], kind);
            pair(id + "removed", ChangeLevel.INFO, place[2], kind, spec -> { });
            pair(id + "property-name-changed", ChangeLevel.INFO, place[2], kind,
                    spec -> at(spec, place[1]).putObject("discriminator").put("propertyName", "type"));
            pair(id + "mapping-added", ChangeLevel.INFO, place[2], kind, mapped);
            pair(id + "mapping-deleted", ChangeLevel.INFO, place[2], mapped, kind);
            pair(id + "mapping-changed", ChangeLevel.INFO, place[2], mapped, spec -> at(spec, place[1])
                    .putObject("discriminator").put("propertyName", "kind").putObject("mapping")
                    .put("a", "#/components/schemas/Shop"));
        }
    }

    private static void patternsExtensibleEnumsAndOauth() {
        pair("request-parameter-pattern-generalized", ChangeLevel.INFO, "GET /pets",
                spec -> at(spec, SORT + "/schema").put("pattern", ".*"));
        Consumer<ObjectNode> tagPattern = spec -> at(spec, NEW_PET + "/properties/tag").put("pattern", "^a");
        pair("request-property-pattern-generalized", ChangeLevel.INFO, "POST /pets", tagPattern,
                spec -> at(spec, NEW_PET + "/properties/tag").put("pattern", ".*"));
        for (String[] place : new String[][] {{"request-parameter", SORT + "/schema", "GET /pets"},
                {"request-property", NEW_PET + "/properties/tag", "POST /pets"}}) {
            Consumer<ObjectNode> open = spec -> at(spec, place[1]).putArray("x-extensible-enum").add("a").add("b");
            pair(place[0] + "-x-extensible-enum-value-removed", ChangeLevel.ERR, place[2], open,
                    spec -> at(spec, place[1]).putArray("x-extensible-enum").add("a"));
        }
        String flows = "/components/securitySchemes/oauth/flows";
        Consumer<ObjectNode> implicit = spec -> at(spec, flows).putObject("implicit")
                .put("authorizationUrl", "https://auth.pets.test/authorize").putObject("scopes");
        pair("api-security-component-oauth-url-changed", ChangeLevel.INFO, "", implicit,
                then(implicit, spec -> at(spec, flows + "/implicit").put("authorizationUrl",
                        "https://login.pets.test/authorize")));
        pair("api-security-component-oauth-token-url-changed", ChangeLevel.INFO, "",
                spec -> at(spec, flows + "/clientCredentials").put("tokenUrl", "https://login.pets.test/token"));
        pair("api-security-component-oauth-scope-added", ChangeLevel.INFO, "",
                spec -> at(spec, flows + "/clientCredentials/scopes").put("admin", "a"));
        pair("api-security-component-oauth-scope-removed", ChangeLevel.INFO, "",
                spec -> at(spec, flows + "/clientCredentials/scopes").remove("write"));
        pair("api-security-component-oauth-scope-changed", ChangeLevel.INFO, "",
                spec -> at(spec, flows + "/clientCredentials/scopes").put("read", "read the pets"));
        pair("response-mediatype-enum-value-removed", ChangeLevel.INFO, "GET /pets/{petId}",
                spec -> at(spec, "/paths/~1pets~1{petId}/get/responses/200").putObject("content")
                        .putObject("application/json").putObject("schema").put("type", "string")
                        .putArray("enum").add("a").add("b"),
                spec -> at(spec, "/paths/~1pets~1{petId}/get/responses/200").putObject("content")
                        .putObject("application/json").putObject("schema").put("type", "string")
                        .putArray("enum").add("a"));
    }

    static Stream<Pair> pairs() {
        return PAIRS.stream();
    }

    @Test
    void theSuiteHasAtLeastAHundredPairsInBothVersions() {
        assertTrue(PAIRS.size() >= 100, "pairs: " + PAIRS.size());
        assertEquals(PAIRS.stream().filter(pair -> pair.version().startsWith("3.1")).count(),
                PAIRS.stream().filter(pair -> pair.version().startsWith("3.0")).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void changeIsFoundWithItsRuleLevelAndPlace(Pair pair) {
        ObjectNode base = base(pair.version());
        pair.base().accept(base);
        ObjectNode revision = base(pair.version());
        pair.revision().accept(revision);
        ContractDocument before = Specs.document("base.yaml", base);
        ContractDocument after = Specs.document("revision.yaml", revision);

        List<Change> changes = pair.compare(before, after);

        Change found = changes.stream().filter(change -> change.rule().equals(pair.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(pair.rule() + " not among " + changes));
        assertEquals(pair.level(), found.level(), found.toString());
        assertEquals(pair.operation(), found.operation(), found.toString());
        assertTrue(found.base().location().isKnown() && found.revision().location().isKnown(), found.toString());
        assertEquals(List.of(), ContractDiff.compare(before, before), "a version against itself");
    }
}
