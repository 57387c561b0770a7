package io.switchboard.flow.export;

import io.switchboard.flow.model.SchemaRef;
import io.switchboard.flow.validation.LoadedFlow;
import io.switchboard.flow.validation.LoadedMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A flow and every file it uses (mappings, and the contracts, schemas or samples they and the flow refer to), with
 * paths relative to their common folder, so a runtime sees the same layout the studio validated. This is what a
 * deploy sends and what a deploy review compares.
 *
 * @param flowFile the flow's path among {@code files}, e.g. {@code flows/orders.flow.json}
 * @param files    relative path → file text, in the order the flow uses them
 */
public record FlowBundle(String flowFile, Map<String, String> files) {

    public FlowBundle {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads the files of a flow that loaded without findings. Does file I/O. */
    public static FlowBundle of(LoadedFlow loaded) {
        Set<Path> paths = new LinkedHashSet<>();
        Path flowFile = loaded.document().file().toAbsolutePath().normalize();
        paths.add(flowFile);
        for (LoadedMapping mapping : loaded.mappings().values()) {
            Path mappingFile = mapping.document().file().toAbsolutePath().normalize();
            paths.add(mappingFile);
            for (SchemaRef ref : new SchemaRef[] {mapping.mapping().source(), mapping.mapping().target()}) {
                String referenced = ref.file() != null ? ref.file() : ref.sample();
                if (referenced != null) {
                    paths.add(mappingFile.getParent().resolve(referenced).normalize());
                }
            }
        }
        loaded.schemas().values().forEach(schema -> paths.add(schema.document().file().toAbsolutePath().normalize()));
        Path root = commonRoot(paths);
        Map<String, String> contents = new LinkedHashMap<>();
        for (Path file : paths) {
            try {
                contents.put(relative(root, file), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new FlowBundle(relative(root, flowFile), contents);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
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
