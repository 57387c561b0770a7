package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.ContractDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Long chains of references and cycles are compared without running out of stack, and a change deep down is found. */
@Timeout(60)
class DeepReferencesTest {

    /** A request body that is a chain of {@code depth} schemas, each holding the next as a property. */
    private static String chain(int depth, String lastType) {
        StringBuilder spec = new StringBuilder("""
                openapi: 3.0.3
                info: {title: Chain, version: 1.0.0}
                paths:
                  /things:
                    post:
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/S0'}
                      responses:
                        '200': {description: OK}
                components:
                  schemas:
                """);
        for (int i = 0; i < depth; i++) {
            spec.append("    S").append(i).append(":\n      type: object\n      properties:\n");
            if (i + 1 < depth) {
                spec.append("        next: {$ref: '#/components/schemas/S").append(i + 1).append("'}\n");
            } else {
                spec.append("        value: {type: ").append(lastType).append("}\n");
            }
        }
        return spec.toString();
    }

    @Test
    void aChainOfFiveThousandSchemasIsComparedAndItsLastChangeFound() throws Exception {
        ContractDocument base = ContractDocument.parse(Path.of("chain.yaml"), chain(5_000, "string"));
        ContractDocument revision = ContractDocument.parse(Path.of("chain.yaml"), chain(5_000, "integer"));

        assertEquals(List.of(), ContractDiff.compare(base, base));
        List<Change> changes = ContractDiff.compare(base, revision);
        assertTrue(changes.stream().anyMatch(change -> change.rule().equals("request-property-type-changed")),
                changes.toString());
    }

    @Test
    void aCycleIsComparedOnce() throws Exception {
        String cycle = """
                openapi: 3.1.0
                info: {title: Cycle, version: 1.0.0}
                paths:
                  /nodes:
                    get:
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Node'}
                components:
                  schemas:
                    Node:
                      type: object
                      properties:
                        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                        parent: {$ref: '#/components/schemas/Node'}
                        name: {type: string}
                """;
        ContractDocument base = ContractDocument.parse(Path.of("cycle.yaml"), cycle);
        ContractDocument revision = ContractDocument.parse(Path.of("cycle.yaml"),
                cycle.replace("name: {type: string}", "name: {type: integer}"));

        List<Change> changes = ContractDiff.compare(base, revision);
        assertEquals(1, changes.stream().filter(change -> change.rule().equals("response-property-type-changed"))
                .count(), changes.toString());
    }
}
