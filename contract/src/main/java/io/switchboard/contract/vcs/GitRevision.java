package io.switchboard.contract.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The text a file had in a git commit, read with the {@code git} command in the file's own repository. */
public final class GitRevision {

    private static final long TIMEOUT_SECONDS = 20;

    private GitRevision() {
    }

    /** The file as committed at {@code ref} (for example {@code HEAD}); fails with git's own explanation. */
    public static String read(Path file, String ref) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String top = run(folder, List.of("git", "rev-parse", "--show-toplevel")).trim();
        String relative = Path.of(top).relativize(absolute).toString().replace('\\', '/');
        return run(folder, List.of("git", "show", ref + ":" + relative));
    }

    private static String run(Path folder, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(new String(err, StandardCharsets.UTF_8).trim());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading from git", e);
        }
    }
}
