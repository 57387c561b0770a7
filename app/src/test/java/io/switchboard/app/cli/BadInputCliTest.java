package io.switchboard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is exit 2 and a sentence that names it and says why; never a stack trace. */
class BadInputCliTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SwitchboardCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aMissingContractIsNotFound() {
        Path missing = temp.resolve("nope.yaml");

        assertEquals(2, run("lint", missing.toString()));

        assertEquals("switchboard lint: cannot read " + missing + ": not found", err.toString().trim());
    }

    @Test
    void aFolderIsNotAContract() {
        assertEquals(2, run("lint", temp.toString()));

        assertEquals("switchboard lint: cannot read " + temp + ": is a folder, not a file", err.toString().trim());
    }

    @Test
    void textThatIsNotUtf8NamesTheByte() throws Exception {
        Path latin1 = temp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'o', 'p', 'e', 'n', 'a', 'p', 'i', ':', ' ', (byte) 0xE9, '\n'});

        assertEquals(2, run("diff", latin1.toString(), latin1.toString()));

        assertEquals("switchboard diff: cannot read " + latin1 + ": not UTF-8 text: byte 0xE9 at offset 9",
                err.toString().trim());
        assertFalse(err.toString().contains("Input length"), err.toString());
    }
}
