package io.switchboard.contract.vcs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The text a file had in a git commit, read with the {@code git} command in the file's own repository. The ref is
 * verified as a commit first and only its id is passed on, so a ref can never be read as an option of git.
 */
public final class GitRevision {

    private static final long TIMEOUT_SECONDS = 20;
    /** The largest file read from git: the size limit of a contract. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private GitRevision() {
    }

    /** The file as committed at {@code ref} (for example {@code HEAD}); fails with git's own explanation. */
    public static String read(Path file, String ref) throws IOException {
        if (ref == null || ref.isBlank()) {
            throw new IOException("name a commit after 'git:', for example git:HEAD");
        }
        if (ref.startsWith("-") || ref.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IOException("'" + ref + "' is not a git ref");
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String top = run(folder, List.of("git", "rev-parse", "--show-toplevel")).trim();
        String commit;
        try {
            commit = run(folder, List.of("git", "rev-parse", "--verify", "--quiet", "--end-of-options",
                    ref + "^{commit}")).trim();
        } catch (IOException e) {
            commit = "";
        }
        if (!commit.matches("[0-9a-f]{40,64}")) {
            throw new IOException("'" + ref + "' is not a commit of the repository at " + top);
        }
        String relative = Path.of(top).relativize(absolute).toString().replace('\\', '/');
        return run(folder, List.of("git", "show", commit + ":" + relative));
    }

    /** One commit that changed a file: its id, when it was made, and the tags on it. */
    public record Commit(String id, java.time.Instant at, List<String> tags) {
    }

    /**
     * A file's history: the commits that changed it, oldest first, and where it is in its repository, so that each
     * version is read with one {@code git show} of a commit id git itself gave.
     */
    public record History(Path top, String relative, List<Commit> commits) {

        /** The file as committed in {@code commit}, one of {@link #commits()}. */
        public String text(Commit commit) throws IOException {
            return run(top, List.of("git", "show", commit.id() + ":" + relative));
        }
    }

    /** The commits that changed {@code file}, at most the {@code limit} newest. */
    public static History history(Path file, int limit) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path top = Path.of(run(absolute.getParent(), List.of("git", "rev-parse", "--show-toplevel")).trim());
        String relative = top.relativize(absolute).toString().replace('\\', '/');
        // A path after "--" is read from the folder git runs in: run it at the top, where the path is relative to.
        String output = run(top, List.of("git", "log", "-n", String.valueOf(Math.max(1, limit)),
                "--format=%H%x09%ct%x09%D", "--end-of-options", "HEAD", "--", relative));
        List<Commit> commits = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] fields = line.split("\t", 3);
            if (fields.length < 2 || !fields[0].matches("[0-9a-f]{40,64}")) {
                continue;
            }
            List<String> tags = new ArrayList<>();
            if (fields.length == 3) {
                for (String ref : fields[2].split(",\\s*")) {
                    if (ref.startsWith("tag: ")) {
                        tags.add(ref.substring(5));
                    }
                }
            }
            commits.add(0, new Commit(fields[0], java.time.Instant.ofEpochSecond(Long.parseLong(fields[1])),
                    List.copyOf(tags)));
        }
        return new History(top, relative, List.copyOf(commits));
    }

    /**
     * Runs git, reading its output and its errors at the same time (either could fill its pipe and stall the
     * other), and gives up after {@value #TIMEOUT_SECONDS} s whatever it is doing.
     */
    private static String run(Path folder, List<String> command) throws IOException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readBounded(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readBounded(process.getErrorStream()));
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " " + command.get(1) + " did not finish in " + TIMEOUT_SECONDS
                        + " s");
            }
            byte[] output = out.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String errors = new String(err.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8).trim();
            if (output.length > MAX_BYTES) {
                throw new IOException("the file in git is larger than " + MAX_BYTES + " bytes");
            }
            if (process.exitValue() != 0) {
                throw new IOException(errors.isEmpty() ? command.get(0) + " " + command.get(1) + " failed" : errors);
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while reading from git", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("cannot read from git: " + e.getMessage(), e);
        }
    }

    /** Reads at most one byte past the limit, so an oversized answer is noticed without holding all of it. */
    private static byte[] readBounded(InputStream in) {
        try (in) {
            return in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
