package io.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/cases.tsv}): each case is a file (or a small
 * workspace) written by someone else, the command run on it, the exit code expected, a fragment its message must
 * have and one its output must never have (a secret beside the workspace, a stack trace, markup).
 */
class HostileInputCorpusTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "hostile").toAbsolutePath();

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("cases.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(columns -> Arguments.of(columns[0], columns[1], Integer.parseInt(columns[2]), columns[3],
                        columns[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputGetsItsExitCodeAndASentence(String name, String arguments, int exit, String says,
                                                     String never) {
        CliRun cli = new CliRun();
        String[] args = arguments.replace("{dir}", CORPUS.toString()).split(" ");

        int actual = cli.run(args);

        String printed = cli.out() + cli.err();
        assertEquals(exit, actual, name + ": " + printed);
        assertTrue(printed.contains(says.replace("{dir}", CORPUS.toString())), name + ": " + printed);
        assertFalse(printed.contains(never), name + ": " + printed);
        assertFalse(printed.contains("\tat "), name + ": a stack trace: " + printed);
        assertFalse(Files.exists(CORPUS.resolve("written.txt")), name + ": git wrote a file");
    }
}
