package io.switchboard.benchmarks.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The real public specs: from the shared data folder beside the repository, or the gzipped copies in its tests. */
public final class RealSpecs {

    private RealSpecs() {
    }

    public static Path find(Path root, String name, Path scratch) throws IOException {
        Path shared = root.resolve("..").resolve("shared").resolve("data").resolve("openapi").resolve(name)
                .normalize();
        if (Files.isRegularFile(shared)) {
            return shared;
        }
        Path packed = root.resolve("contract/src/test/resources/openapi/real").resolve(name + ".gz");
        Path unpacked = scratch.resolve(name);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(packed))) {
            Files.copy(in, unpacked);
        }
        return unpacked;
    }
}
