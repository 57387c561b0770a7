package io.switchboard.contract.lint;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.Specs;
import io.switchboard.contract.check.ContractLinter;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A schema deeper than the example validator's recursion can hold is a finding, on a worker's ordinary stack. */
class DeepSchemaTest {

    private static final long WORKER_STACK = 1024 * 1024;

    @Test
    void aSchemaTooDeepToCheckAnExampleAgainstIsReportedNotThrown() throws Exception {
        ObjectNode spec = Specs.clean("3.0.3");
        ObjectNode deep = Specs.at(spec, "/components/schemas/Pet/properties").putObject("deep");
        for (int level = 0; level < 600; level++) {
            deep = deep.put("type", "array").putObject("items");
        }
        deep.put("type", "string");
        ContractDocument document = Specs.document(spec);

        AtomicReference<List<ContractFinding>> findings = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                findings.set(ContractLinter.recommended().lint(document));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "lint", WORKER_STACK);
        worker.start();
        worker.join();

        assertNull(failure.get());
        assertTrue(findings.get().stream().anyMatch(finding -> finding.rule().equals("oas3-valid-media-example")
                        && finding.message().contains("nested deeper than 128 levels")),
                () -> findings.get().toString());
    }
}
