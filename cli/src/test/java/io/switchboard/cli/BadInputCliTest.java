package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is exit 2 and a sentence that names it and says why; never a stack trace. */
class BadInputCliTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aMissingContractIsNotFound() {
        Path missing = temp.resolve("nope.yaml");

        assertEquals(2, run("lint", missing.toString()));

        assertEquals("switchboard lint: cannot read " + missing + ": not found", cli.err().trim());
    }

    @Test
    void aFolderIsNotAContract() {
        assertEquals(2, run("lint", temp.toString()));

        assertEquals("switchboard lint: cannot read " + temp + ": is a folder, not a file", cli.err().trim());
    }

    @Test
    void textThatIsNotUtf8NamesTheByte() throws Exception {
        Path latin1 = temp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'o', 'p', 'e', 'n', 'a', 'p', 'i', ':', ' ', (byte) 0xE9, '\n'});

        assertEquals(2, run("diff", latin1.toString(), latin1.toString()));

        assertEquals("switchboard diff: cannot read " + latin1 + ": not UTF-8 text: byte 0xE9 at offset 9",
                cli.err().trim());
        assertFalse(cli.err().contains("Input length"), cli.err());
    }

    /** A workspace next to a secret: nothing may read it, and no message may quote it. */
    private Path workspaceBesideASecret() throws Exception {
        Files.writeString(temp.resolve("fake.token"), "sbt_SECRET_TOKEN_123");
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Files.createDirectories(workspace.resolve("contracts"));
        Files.createDirectories(workspace.resolve("flows"));
        Files.copy(Path.of("..", "examples", "orders", "contracts", "orders.yaml"),
                workspace.resolve("contracts/orders.yaml"));
        return workspace;
    }

    @Test
    void aContractRefOutsideTheWorkspaceIsAFindingThatQuotesNothing() throws Exception {
        Path workspace = workspaceBesideASecret();
        Path contract = workspace.resolve("contracts/orders.yaml");
        Files.writeString(contract, Files.readString(contract).replaceFirst(
                "\\$ref: '#/components/schemas/Order'", "\\$ref: '../../fake.token#/x'"));

        run("lint", contract.toString());
        run("lint", contract.toString(), "--format", "json");

        assertTrue(cli.out().contains("outside"), cli.out());
        assertFalse((cli.out() + cli.err()).contains("SECRET"), cli.out() + cli.err());
    }

    @Test
    void aRulesetThatExtendsAFileOutsideTheWorkspaceIsRefused() throws Exception {
        Path workspace = workspaceBesideASecret();
        Files.createDirectories(workspace.resolve(".switchboard"));
        Files.writeString(workspace.resolve(".switchboard/lint.yaml"), "extends: [../../fake.token]\n");

        assertEquals(2, run("lint", workspace.resolve("contracts/orders.yaml").toString()));

        assertTrue(cli.err().contains("lies outside the workspace"), cli.err());
        assertFalse(cli.err().contains("SECRET"), cli.err());
    }

    @Test
    void aFlowStepThatReadsOutsideTheWorkspaceIsRefusedWithoutQuotingTheFile() throws Exception {
        Path workspace = workspaceBesideASecret();
        Path flow = workspace.resolve("flows/orders.flow.json");
        Files.writeString(flow, Files.readString(Path.of("..", "examples", "orders", "flows", "orders.flow.json"))
                .replace("../mappings/order-to-invoice.mapping.json", "../../fake.token"));

        assertEquals(2, run("validate", flow.toString()));

        assertTrue(cli.out().contains("resolves outside") || cli.err().contains("resolves outside"),
                cli.out() + cli.err());
        assertFalse((cli.out() + cli.err()).contains("SECRET"), cli.out() + cli.err());
    }

    @Test
    void aContractWhoseRefsChainThreeThousandSchemasIsComparedToTheEnd() throws Exception {
        StringBuilder schemas = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            schemas.append("    S").append(i).append(":\n      type: object\n      properties:\n        next: {$ref: '#/components/schemas/S")
                    .append(i + 1).append("'}\n");
        }
        schemas.append("    S3000: {type: string}\n");
        String contract = "openapi: 3.0.3\ninfo: {title: Chain, version: '1'}\npaths:\n  /x:\n    get:\n"
                + "      responses:\n        '200':\n          description: ok\n          content:\n"
                + "            application/json:\n              schema: {$ref: '#/components/schemas/S0'}\n"
                + "components:\n  schemas:\n" + schemas;
        Path base = Files.writeString(temp.resolve("base.yaml"), contract);
        Path revision = Files.writeString(temp.resolve("revision.yaml"), contract.replace("S3000: {type: string}",
                "S3000: {type: integer}"));

        int exit = run("diff", base.toString(), revision.toString());

        // Diff walks nested schemas from a queue, not the stack: the change at the end of the chain is found.
        assertEquals(1, exit, cli.out() + cli.err());
        assertTrue(cli.out().contains("response-property-type-changed"), cli.out());
    }

    @Test
    void aPayloadOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = temp.resolve("big.json");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(io.switchboard.flow.source.TextFiles.MAX_PAYLOAD_BYTES + 1);
        }

        assertEquals(2, run("map", Path.of("..", "examples", "orders", "mappings", "order-to-invoice.mapping.json")
                .toString(), big.toString()));

        assertTrue(cli.err().contains("more than the limit of"), cli.err());
    }
}
