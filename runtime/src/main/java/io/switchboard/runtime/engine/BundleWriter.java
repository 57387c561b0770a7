package io.switchboard.runtime.engine;

import io.switchboard.runtime.bundle.DeployBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a deploy bundle's files below one folder, refusing any path that would leave it. */
final class BundleWriter {

    static final int MAX_FILES = 200;
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private BundleWriter() {
    }

    static Path write(DeployBundle bundle, Path folder) throws DeployException, IOException {
        List<String> problems = new ArrayList<>();
        if (bundle.flowFile() == null || !bundle.files().containsKey(bundle.flowFile())) {
            problems.add("flowFile must name one of the bundle's files");
        }
        if (bundle.files().size() > MAX_FILES) {
            problems.add("a bundle holds at most " + MAX_FILES + " files");
        }
        long total = bundle.files().values().stream().mapToLong(String::length).sum();
        if (total > MAX_BYTES) {
            problems.add("a bundle holds at most " + MAX_BYTES + " bytes");
        }
        Path root = folder.toAbsolutePath().normalize();
        for (String name : bundle.files().keySet()) {
            Path target = root.resolve(name).normalize();
            if (name.isBlank() || Path.of(name).isAbsolute() || !target.startsWith(root) || target.equals(root)) {
                problems.add("file path '" + name + "' must stay inside the bundle");
            }
        }
        if (!problems.isEmpty()) {
            throw new DeployException(problems);
        }
        for (Map.Entry<String, String> file : bundle.files().entrySet()) {
            Path target = root.resolve(file.getKey()).normalize();
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        return root.resolve(bundle.flowFile()).normalize();
    }
}
