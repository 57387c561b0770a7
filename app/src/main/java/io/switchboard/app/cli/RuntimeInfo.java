package io.switchboard.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code DIR/runtime.url}: where the runtime using a data folder answers, for commands that get only the folder. */
final class RuntimeInfo {

    static final String FILE = "runtime.url";

    private RuntimeInfo() {
    }

    static void write(Path dataDir, String apiUrl) throws IOException {
        Files.writeString(dataDir.resolve(FILE), apiUrl + System.lineSeparator(), StandardCharsets.UTF_8);
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
