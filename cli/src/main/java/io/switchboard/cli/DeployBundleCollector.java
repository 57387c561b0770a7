package io.switchboard.cli;

import io.switchboard.flow.validation.LoadedFlow;
import io.switchboard.flow.validation.LoadedMapping;
import io.switchboard.runtimeclient.wire.DeployRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a flow and every file it uses (mappings, and the contracts or schemas they and the flow refer to) with
 * paths relative to their common folder, so the runtime sees the same layout the studio validated.
 */
final class DeployBundleCollector {

    private DeployBundleCollector() {
    }

    static DeployRequest collect(LoadedFlow loaded) {
        Set<Path> files = new LinkedHashSet<>();
        Path flowFile = loaded.document().file().toAbsolutePath().normalize();
        files.add(flowFile);
        for (LoadedMapping mapping : loaded.mappings().values()) {
            Path mappingFile = mapping.document().file().toAbsolutePath().normalize();
            files.add(mappingFile);
            for (var ref : new io.switchboard.flow.model.SchemaRef[] {mapping.mapping().source(), mapping.mapping().target()}) {
                String referenced = ref.file() != null ? ref.file() : ref.sample();
                if (referenced != null) {
                    files.add(mappingFile.getParent().resolve(referenced).normalize());
                }
            }
        }
        loaded.schemas().values().forEach(schema -> files.add(schema.document().file().toAbsolutePath().normalize()));
        Path root = commonRoot(files);
        Map<String, String> contents = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                contents.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new DeployRequest(root.relativize(flowFile).toString().replace('\\', '/'), contents);
    }

    private static Path commonRoot(Set<Path> files) {
        Path root = null;
        for (Path file : files) {
            Path folder = file.getParent();
            if (root == null) {
                root = folder;
            }
            while (!folder.startsWith(root)) {
                root = root.getParent();
            }
        }
        return root;
    }
}
