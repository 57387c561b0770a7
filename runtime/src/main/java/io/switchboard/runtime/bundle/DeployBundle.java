package io.switchboard.runtime.bundle;

import java.util.Map;

/**
 * What a deploy sends: the flow file and every file it refers to (mappings, contracts), by their paths relative
 * to the workspace, so the runtime can validate and export exactly what the studio did.
 *
 * @param flowFile the flow's path inside {@code files}, e.g. {@code flows/orders.flow.json}
 * @param files    relative path → file text
 */
public record DeployBundle(String flowFile, Map<String, String> files) {

    public DeployBundle {
        files = files == null ? Map.of() : Map.copyOf(files);
    }
}
