package io.switchboard.contract.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.Specs;
import io.switchboard.contract.check.ContractLinter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The forms write correct YAML or JSON at the right place and leave the rest of the file as it was. */
class EditsTest {

    private static final String YAML = """
            openapi: 3.0.3
            info:
              title: Pets   # shown in the portal
              version: 1.0.0
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: Pets
            components:
              schemas:
                Pet:
                  type: object
                  required: [id]
                  properties:
                    id:
                      type: string
                Owner:
                  type: object
            """;

    private static ContractDocument yaml(String text) throws Exception {
        return ContractDocument.parse(Path.of("pets.yaml"), text);
    }

    @Test
    void anOperationOnANewPathGoesAtTheEndOfPaths() throws Exception {
        TextEdit edit = new NewOperation("/pets/{petId}", "GET", "Get a pet", "getPet", "pets", "200", "The pet")
                .edit(yaml(YAML));
        String edited = edit.applyTo(YAML);

        ContractDocument after = yaml(edited);
        assertEquals("getPet", after.at("/paths/~1pets~1{petId}/get/operationId").asText());
        assertEquals("petId", after.at("/paths/~1pets~1{petId}/get/parameters/0/name").asText());
        assertEquals("The pet", after.at("/paths/~1pets~1{petId}/get/responses/200/description").asText());
        assertEquals(11, after.locateKey("/paths/~1pets~1{petId}").line());
        assertTrue(edited.contains("title: Pets   # shown in the portal"), edited);
        assertTrue(edited.startsWith(YAML.substring(0, YAML.indexOf("components:"))), edited);
    }

    @Test
    void theFormQuotesAsTheFileDoes() throws Exception {
        String edited = new NewOperation("/pets/{petId}", "GET", "Get a pet", "getPet", "pets", "200", "The pet")
                .edit(yaml(YAML)).applyTo(YAML);
        String added = edited.substring(YAML.indexOf("components:") > 0 ? edited.indexOf("/pets/{petId}") : 0);

        assertTrue(added.contains("'200':"), added);
        assertTrue(!added.contains("\"200\""), "the file quotes with single quotes: " + added);

        String doubleQuoted = YAML.replace("'200':", "\"200\":");
        String inDoubles = new NewOperation("/pets/{petId}", "GET", "Get a pet", "getPet", "pets", "200", "The pet")
                .edit(yaml(doubleQuoted)).applyTo(doubleQuoted);
        assertTrue(inDoubles.substring(inDoubles.indexOf("/pets/{petId}")).contains("\"200\":"), inDoubles);
    }

    @Test
    void anOperationOnAnExistingPathJoinsItAndAnExistingOneIsRefused() throws Exception {
        String edited = new NewOperation("/pets", "post", "Add", "addPet", "", "201", "Created").edit(yaml(YAML))
                .applyTo(YAML);
        assertEquals("Created", yaml(edited).at("/paths/~1pets/post/responses/201/description").asText());

        EditException refused = assertThrows(EditException.class,
                () -> new NewOperation("/pets", "get", "", "", "", "200", "").edit(yaml(YAML)));
        assertTrue(refused.getMessage().contains("already exists at line 7"), refused.getMessage());
    }

    @Test
    void aRequiredPropertyJoinsPropertiesAndTheFlowRequiredListInOneEdit() throws Exception {
        String edited = new NewProperty("/components/schemas/Pet", "name", "string", "", "The name", true)
                .edit(yaml(YAML)).applyTo(YAML);

        ContractDocument after = yaml(edited);
        assertEquals("string", after.at("/components/schemas/Pet/properties/name/type").asText());
        assertEquals("[\"id\",\"name\"]", after.at("/components/schemas/Pet/required").toString());
        assertEquals("id", after.at("/components/schemas/Pet/required/0").asText());
    }

    @Test
    void aPropertyOfASchemaWithoutPropertiesCreatesThem() throws Exception {
        String edited = new NewProperty("/components/schemas/Owner", "email", "string", "email", "", true)
                .edit(yaml(YAML)).applyTo(YAML);

        ContractDocument after = yaml(edited);
        assertEquals("email", after.at("/components/schemas/Owner/properties/email/format").asText());
        assertEquals("email", after.at("/components/schemas/Owner/required/0").asText());
        assertEquals("object", after.at("/components/schemas/Owner/type").asText());
    }

    @Test
    void jsonContractsGetJson() throws Exception {
        String json = Specs.YAML.readTree(YAML).toPrettyString();
        ContractDocument document = ContractDocument.parse(Path.of("pets.json"), json);

        String edited = new NewOperation("/owners", "get", "Owners", "listOwners", "", "200", "")
                .edit(document).applyTo(json);
        ContractDocument withOperation = ContractDocument.parse(Path.of("pets.json"), edited);
        assertEquals("listOwners", withOperation.at("/paths/~1owners/get/operationId").asText());

        String withProperty = new NewProperty("/components/schemas/Pet", "age", "integer", "", "", true)
                .edit(withOperation).applyTo(edited);
        ContractDocument after = ContractDocument.parse(Path.of("pets.json"), withProperty);
        assertEquals("integer", after.at("/components/schemas/Pet/properties/age/type").asText());
        assertEquals("age", after.at("/components/schemas/Pet/required/1").asText());
    }

    @Test
    void formattingReindentsAndKeepsCommentsAndData() throws Exception {
        String messy = "openapi: 3.0.3\ninfo:\n      title: Pets  # name\n      version: '1'\npaths:\n    /pets:\n"
                + "        get:\n            responses:\n                '200': {description: ok}\n";
        String formatted = ContractFormatter.format(messy, true);

        assertTrue(formatted.contains("\n  title: Pets # name\n"), formatted);
        assertTrue(formatted.contains("\n  /pets:\n    get:\n"), formatted);
        assertEquals(yaml(messy).root(), yaml(formatted).root());

        String json = "{\"openapi\":\"3.0.3\",\"x\":1.50,\"info\":{\"title\":\"P\",\"version\":\"1\"},\"paths\":{}}";
        String formattedJson = ContractFormatter.format(json, false);
        assertTrue(formattedJson.contains("\n  \"x\": 1.50,\n"), formattedJson);
    }

    @Test
    void anEditedContractStillValidates() throws Exception {
        String edited = new NewOperation("/pets/{petId}", "delete", "Remove", "deletePet", "", "204", "Gone")
                .edit(yaml(YAML)).applyTo(YAML);
        assertTrue(ContractLinter.recommended().lint(yaml(edited)).stream()
                .noneMatch(finding -> finding.rule().equals("oas3-schema") || finding.rule().equals("path-params")));
    }
}
