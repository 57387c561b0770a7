package io.switchboard.installers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's OCI image as the build writes it (cli/target/switchboard-runtime-image.tar, by Jib, with no Docker
 * daemon and no base image from a registry): named after the build, the runtime's command as its entrypoint, run as
 * an unprivileged user, both ports exposed. Its layers unpacked into a folder are a file system the runtime starts
 * in: the command runs there, by itself (chroot), and answers its version.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ContainerImageTest {

    static final Path IMAGE = Path.of("..", "cli", "target", "switchboard-runtime-image.tar").toAbsolutePath()
            .normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /** The image's name, from its OCI index: what the Kubernetes manifests must run. */
    static String imageName(Path unpacked) throws IOException {
        return JSON.readTree(unpacked.resolve("index.json").toFile()).at("/manifests/0/annotations")
                .path("org.opencontainers.image.ref.name").asText();
    }

    /** Unpacks the image's layout into {@code into}: the files named, or all of it when none is. */
    static Path unpack(Path into, String... only) throws IOException, InterruptedException {
        Files.createDirectories(into);
        List<String> tar = new ArrayList<>(List.of("tar", "-xf", IMAGE.toString(), "-C", into.toString()));
        tar.addAll(List.of(only));
        run(tar);
        return into;
    }

    @Test
    void theImageIsTheRuntimesCommandOnItsOwnFileSystem() throws Exception {
        assertTrue(Files.isRegularFile(IMAGE), "the build writes " + IMAGE);
        Path layout = unpack(work.resolve("layout"));
        assertEquals("switchboard-runtime:" + System.getProperty("project.version", "0.1.0-SNAPSHOT"),
                imageName(layout));

        JsonNode manifest = blob(layout, JSON.readTree(layout.resolve("index.json").toFile())
                .at("/manifests/0/digest").asText());
        JsonNode config = blob(layout, manifest.at("/config/digest").asText()).path("config");
        assertEquals("/opt/java/bin/java", config.path("Entrypoint").get(0).asText());
        assertEquals("io.switchboard.cli.SwitchboardCli", config.path("Entrypoint")
                .get(config.path("Entrypoint").size() - 1).asText());
        assertEquals("10001", config.path("User").asText(), "not root");
        assertTrue(config.path("ExposedPorts").has("8080/tcp") && config.path("ExposedPorts").has("8081/tcp"));

        Path root = Files.createDirectories(work.resolve("root"));
        for (JsonNode layer : manifest.path("layers")) {
            run(List.of("tar", "-xzf", layout.resolve("blobs").resolve("sha256")
                    .resolve(layer.path("digest").asText().substring("sha256:".length())).toString(),
                    "-C", root.toString()));
        }
        List<String> command = new ArrayList<>();
        // The image's own programs, on its own files: as root, chroot as the image's user; otherwise in a user
        // namespace of our own.
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("chroot", "--userspec=10001:10001", root.toString()));
        } else {
            command.addAll(List.of("unshare", "-r", "chroot", root.toString()));
        }
        config.path("Entrypoint").forEach(part -> command.add(part.asText()));
        command.add("--version");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        config.path("Env").forEach(entry -> {
            String[] pair = entry.asText().split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("0.1.0-SNAPSHOT") || output.contains(System.getProperty("project.version", "")),
                output);
    }

    private static JsonNode blob(Path layout, String digest) throws IOException {
        return JSON.readTree(layout.resolve("blobs").resolve("sha256").resolve(digest.substring("sha256:".length()))
                .toFile());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
