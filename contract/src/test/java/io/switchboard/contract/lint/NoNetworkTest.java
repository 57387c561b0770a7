package io.switchboard.contract.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.contract.ContractFinding;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.Specs;
import io.switchboard.contract.check.ContractLinter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No check of a contract opens a connection: a local server counts the requests a remote reference would make. */
class NoNetworkTest {

    @Test
    void aRemoteRefWithAnExampleAndARemoteSchemaDialectFetchNothing() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] schema = "{\"type\":\"object\"}".getBytes();
            exchange.sendResponseHeaders(200, schema.length);
            exchange.getResponseBody().write(schema);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            for (String version : List.of("3.0.3", "3.1.0")) {
                ObjectNode spec = Specs.clean(version);
                ObjectNode media = Specs.at(spec,
                        "/paths/~1pets~1{petId}/get/responses/200/content/application~1json");
                media.putObject("schema").put("$ref", base + "/pet.json");
                media.putObject("example").put("id", "p1");
                if (version.startsWith("3.1")) {
                    ((ObjectNode) spec.at("/components/schemas/Pet")).put("$schema", base + "/dialect");
                    ((ObjectNode) spec.at("/components/schemas/Pet")).put("$id", "file:///etc/passwd");
                }

                List<ContractFinding> findings = linter().lint(Specs.document(spec));

                assertTrue(findings.stream().anyMatch(finding -> finding.rule().equals("invalid-ref")),
                        version + ": " + findings);
            }
            assertEquals(0, requests.get(), "requests made to " + base);
        } finally {
            server.stop(0);
        }
    }

    private static ContractLinter linter() {
        Map<String, FindingSeverity> all = new HashMap<>();
        ContractLinter.catalog().forEach(rule -> all.put(rule.id(), rule.defaultSeverity()));
        return new ContractLinter(new Ruleset(all, List.of(), null));
    }
}
