package io.switchboard.runtime.engine;

import io.switchboard.flow.model.Flow;
import io.switchboard.flow.model.FlowSource;
import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.source.FileScope;
import io.switchboard.runtime.config.RuntimeConfiguration;
import io.switchboard.runtime.store.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What deploys put on disk: the folders of deployed versions, which a refused bundle must not leave behind, and the
 * data root below the data folder that directory sources and targets live in.
 */
final class DeployedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DeployedFiles.class);

    private final RuntimeConfiguration configuration;

    DeployedFiles(RuntimeConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The folder directory sources and targets live in. */
    Path dataRoot() {
        return configuration.dataDir().resolve("data");
    }

    /**
     * A directory step's path is checked as text by the safety policy; here it is checked on disk too, where a
     * link inside the data root could lead elsewhere.
     */
    void requireInsideDataRoot(Flow flow) throws DeployException, IOException {
        DataFolder.create(dataRoot());
        FileScope scope = FileScope.within(dataRoot());
        List<String> problems = new ArrayList<>();
        if (flow.source() instanceof FlowSource.Directory directory) {
            insideDataRoot(scope, directory.path(), "$.source.path", problems);
        }
        if (flow.target() instanceof FlowTarget.Directory directory) {
            insideDataRoot(scope, directory.path(), "$.target.path", problems);
        }
        if (!problems.isEmpty()) {
            throw new DeployException(problems);
        }
    }

    private void insideDataRoot(FileScope scope, String path, String field, List<String> problems) {
        try {
            scope.check(dataRoot().resolve(path));
        } catch (FileScope.OutsideScopeException e) {
            problems.add(field + ": '" + path + "' leads outside the data root through a link");
        }
    }

    /** Removes a refused version's folder, and its flow's folder when nothing else is in it. */
    void forget(Path versionDir) {
        deleteTree(versionDir);
        try (var entries = Files.list(versionDir.getParent())) {
            if (entries.findAny().isEmpty()) {
                Files.delete(versionDir.getParent());
            }
        } catch (IOException e) {
            // A folder that stays is empty or holds other versions: nothing of the refused bundle.
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the refused bundle's folder {}: {}", folder, e.getMessage());
        }
    }
}
