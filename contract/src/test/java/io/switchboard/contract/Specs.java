package io.switchboard.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A small, clean contract that every rule accepts, to break one rule at a time. */
public final class Specs {

    public static final YAMLMapper YAML = new YAMLMapper();

    private Specs() {
    }

    public static ObjectNode clean(String openapi) {
        try {
            ObjectNode spec = (ObjectNode) YAML.readTree("""
                    openapi: %s
                    info:
                      title: Pets
                      version: 1.0.0
                      description: Pets for sale.
                      contact: {name: Team, url: 'https://pets.test/support', email: team@pets.test}
                      license: {name: MIT, url: 'https://spdx.org/licenses/MIT'}
                    servers:
                      - url: https://api.pets.test/v1
                        description: Production
                    tags:
                      - name: pets
                        description: Pets.
                    security:
                      - key: []
                    paths:
                      /pets/{petId}:
                        get:
                          operationId: getPet
                          summary: Get a pet
                          description: Returns one pet.
                          tags: [pets]
                          parameters:
                            - name: petId
                              in: path
                              required: true
                              description: The pet's id.
                              schema: {type: string}
                          responses:
                            '200':
                              description: The pet.
                              content:
                                application/json:
                                  schema: {$ref: '#/components/schemas/Pet'}
                                  example: {id: p1, name: Rex}
                    components:
                      securitySchemes:
                        key: {type: apiKey, in: header, name: X-Key}
                      schemas:
                        Pet:
                          type: object
                          required: [id, name]
                          properties:
                            id: {type: string}
                            name: {type: string}
                            kind: {type: string, enum: [dog, cat]}
                    """.formatted(openapi));
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ContractDocument document(ObjectNode spec) {
        return document("contract.yaml", spec);
    }

    public static ContractDocument document(String name, ObjectNode spec) {
        try {
            return ContractDocument.parse(Path.of(name), YAML.writeValueAsString(spec));
        } catch (IOException | SourceFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode at(ObjectNode spec, String pointer) {
        return (ObjectNode) spec.at(pointer);
    }
}
