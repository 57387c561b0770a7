package io.switchboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code DIR/runtime.url}: where the runtime using a data folder answers, for commands that get only the folder. */
final class RuntimeInfo {

    static final String FILE = io.switchboard.runtime.RuntimeMain.URL_FILE;

    private RuntimeInfo() {
    }

    static Optional<String> read(Path dataDir) {
        try {
            Path file = dataDir.resolve(FILE);
            return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
