package io.switchboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example workspace, copied for a test that changes it (the repository's copy stays as it is). */
public final class ExampleWorkspace {

    public static final Path FOLDER = Path.of("..", "examples", "orders").toAbsolutePath().normalize();

    private ExampleWorkspace() {
    }

    /** A copy of the example workspace in {@code to}. */
    public static Path copyTo(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(FOLDER.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
