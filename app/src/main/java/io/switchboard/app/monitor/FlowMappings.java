package io.switchboard.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.app.workspace.Workspace;
import io.switchboard.flow.source.FileScope;
import io.switchboard.flow.source.TextFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Which mapping of the workspace a deployed flow runs: the flow file whose id it is, and its map step's mapping,
 * which must lie inside the workspace. Failing that, a sentence that says what is missing and where.
 */
public final class FlowMappings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FlowMappings() {
    }

    /** A flow of the workspace and the mapping its map step uses, both inside the workspace. */
    public record Found(Path flow, Path mapping) {
    }

    public static Path mappingOf(Workspace workspace, String flowId) throws IOException {
        return find(workspace, flowId).mapping();
    }

    /**
     * The workspace's flow with that id and its mapping, read once; a flow or mapping that leaves the workspace
     * (also through links) is not followed. Reads files: off the FX thread.
     */
    public static Found find(Workspace workspace, String flowId) throws IOException {
        Path root = workspace.root().toAbsolutePath().normalize();
        FileScope scope = FileScope.within(root);
        for (Path relative : workspace.flows()) {
            Path flowFile = root.resolve(relative).normalize();
            if (!inside(scope, flowFile)) {
                continue;
            }
            JsonNode flow;
            try {
                flow = JSON.readTree(TextFiles.read(flowFile));
            } catch (IOException e) {
                continue;
            }
            if (!flowId.equals(flow.path("id").asText(null))) {
                continue;
            }
            for (JsonNode step : flow.path("steps")) {
                if ("map".equals(step.path("type").asText()) && step.path("mapping").isTextual()) {
                    Path mapping = flowFile.getParent().resolve(step.path("mapping").asText()).normalize();
                    if (!inside(scope, mapping)) {
                        throw new IOException(relative + ": steps[map].mapping points outside the workspace ("
                                + step.path("mapping").asText() + ")");
                    }
                    return new Found(flowFile, mapping);
                }
            }
            throw new IOException(relative + ": flow " + flowId + " has no map step with a mapping");
        }
        throw new IOException("no flow with id " + flowId + " in the workspace " + root + " (flows/*.flow.json)");
    }

    /** Whether the path stays inside the workspace, also through links. */
    private static boolean inside(FileScope scope, Path path) {
        try {
            scope.check(path);
            return true;
        } catch (FileScope.OutsideScopeException e) {
            return false;
        }
    }
}
