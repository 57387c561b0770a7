package io.switchboard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
