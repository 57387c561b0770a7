package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.contract.ContractDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** oasdiff's x-stability-level: it may rise, not fall; draft and alpha operations change freely. */
class StabilityLevelTest {

    private static String spec(String level, String limitType) {
        return """
                openapi: 3.0.3
                info: {title: Stable, version: 1.0.0}
                paths:
                  /things:
                    get:
                      x-stability-level: %s
                      parameters:
                        - {name: limit, in: query, schema: {type: %s}}
                      responses:
                        '200': {description: OK}
                """.formatted(level, limitType);
    }

    private static List<Change> compare(String base, String revision) throws Exception {
        return ContractDiff.compare(ContractDocument.parse(Path.of("s.yaml"), base),
                ContractDocument.parse(Path.of("s.yaml"), revision));
    }

    private static List<String> rules(List<Change> changes) {
        return changes.stream().map(change -> change.rule() + " " + change.level()).toList();
    }

    @Test
    void aLevelGoingDownIsAnErrorAndGoingUpIsNot() throws Exception {
        assertEquals(List.of("api-stability-decreased ERR"), rules(compare(spec("stable", "integer"),
                spec("beta", "integer"))));
        assertEquals(List.of("api-stability-increased INFO"), rules(compare(spec("beta", "integer"),
                spec("stable", "integer"))));
    }

    @Test
    void anUnknownLevelIsAnError() throws Exception {
        assertEquals(List.of("api-invalid-stability-level ERR"), rules(compare(spec("beta", "integer"),
                spec("gamma", "integer"))));
    }

    @Test
    void aDraftOrAlphaOperationChangesFreelyAStableOneDoesNot() throws Exception {
        assertTrue(rules(compare(spec("stable", "integer"), spec("stable", "string")))
                .contains("request-parameter-type-changed ERR"));
        assertEquals(List.of(), rules(compare(spec("alpha", "integer"), spec("alpha", "string"))).stream()
                .filter(rule -> !rule.endsWith("INFO")).toList());
        assertEquals(List.of(), rules(compare(spec("draft", "integer"), spec("beta", "string"))).stream()
                .filter(rule -> !rule.endsWith("INFO")).toList());
    }
}
