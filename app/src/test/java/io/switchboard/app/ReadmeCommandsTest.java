package io.switchboard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.runtime.config.LoopbackPorts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands, so that it cannot drift from the code: every {@code sh} block runs, from the repository
 * root in one shell (the blocks named {@code runtime-N} in that order, after the others; the runtime's ports are
 * free ones instead of 8080 and 8081, the home folder is a new one), each command must succeed; every {@code bash}
 * block names a script, profile or command that exists.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w+)([^\\n]*)\\n(.*?)^```");

    @TempDir
    Path home;

    private record Block(String language, String name, String text) {
    }

    private static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1), matcher.group(2).strip(), matcher.group(3)));
        }
        return blocks;
    }

    @Test
    void everyShellBlockRunsFromTheRepositoryRoot() throws Exception {
        List<Block> shell = blocks().stream().filter(block -> block.language().equals("sh"))
                .sorted(Comparator.comparing(block -> block.name().isEmpty() ? "" : block.name())).toList();
        assertTrue(shell.size() >= 4, "the README's sh blocks: " + shell.size());
        int ingress = LoopbackPorts.free();
        int api = LoopbackPorts.free();
        StringBuilder script = new StringBuilder("set -euo pipefail\n")
                .append("trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; true' EXIT\n");
        for (Block block : shell) {
            script.append("echo '== README block ").append(block.name().isEmpty() ? "(no name)" : block.name())
                    .append("'\n").append(block.text().replace("8080", String.valueOf(ingress))
                            .replace("8081", String.valueOf(api)));
        }
        List<String> before = untracked();
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", script.toString()).directory(ROOT.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("HOME", home.toString());
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
            Process process = builder.start();
            Path log = home.resolve("readme-commands.log");
            // Read as it comes (a hung command must not hang the test): the output goes to a file.
            var copy = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (var in = process.getInputStream()) {
                    Files.copy(in, log);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (!process.waitFor(8, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("the README's commands did not end within 8 minutes:\n"
                        + Files.readString(log));
            }
            copy.get(30, TimeUnit.SECONDS);
            String output = Files.readString(log);
            assertEquals(0, process.exitValue(), "a README command failed:\n" + output);
            assertTrue(output.contains("\"invoiceNumber\""), "map printed the invoice:\n" + output);
            assertTrue(output.contains("stored"), "the order was stored as failed:\n" + output);
        } finally {
            // What the commands wrote into the repository (tokens, out/, kpis.csv) goes.
            for (String created : untracked()) {
                if (!before.contains(created)) {
                    deleteTree(ROOT.resolve(created));
                }
            }
        }
        assertFalse(Files.exists(ROOT.resolve("designer.token")));
    }

    @Test
    void everyOtherCommandNamesSomethingThatExists() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks()) {
            if (!block.language().equals("bash")) {
                continue;
            }
            for (String line : block.text().split("\n")) {
                String command = line.strip();
                if (command.isEmpty()) {
                    continue;
                }
                String first = command.split("\\s+")[0];
                if (first.equals("./studio") || first.startsWith("benchmarks/")) {
                    if (!Files.isExecutable(ROOT.resolve(first.replace("./", "")))) {
                        problems.add(command + ": " + first + " is not an executable file");
                    }
                } else if (first.equals("mvn")) {
                    Matcher profile = Pattern.compile("-P(\\w+)").matcher(command);
                    while (profile.find()) {
                        if (!profileExists(profile.group(1))) {
                            problems.add(command + ": no Maven profile " + profile.group(1));
                        }
                    }
                    Matcher module = Pattern.compile("-pl (\\w+)").matcher(command);
                    while (module.find()) {
                        if (!Files.isRegularFile(ROOT.resolve(module.group(1)).resolve("pom.xml"))) {
                            problems.add(command + ": no module " + module.group(1));
                        }
                    }
                } else {
                    problems.add(command + ": a bash block holds ./studio, mvn or benchmarks/ commands only");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean profileExists(String id) throws IOException {
        try (Stream<Path> poms = Files.walk(ROOT, 2)) {
            return poms.filter(path -> path.getFileName().toString().equals("pom.xml")).anyMatch(pom -> {
                try {
                    return Files.readString(pom).contains("<id>" + id + "</id>");
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /** Files git does not track (and does not ignore), relative to the root. */
    private static List<String> untracked() throws Exception {
        Process git = new ProcessBuilder("git", "ls-files", "--others", "--exclude-standard", "--directory")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        git.waitFor(30, TimeUnit.SECONDS);
        List<String> files = new ArrayList<>(out.lines().filter(line -> !line.isBlank()).toList());
        // out/ is ignored by git; the README's export writes there.
        if (Files.exists(ROOT.resolve("out"))) {
            files.add("out/");
        }
        return files;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
