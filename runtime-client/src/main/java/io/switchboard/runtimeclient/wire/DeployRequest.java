package io.switchboard.runtimeclient.wire;

import java.util.Map;

/**
 * A flow with every file it refers to, by path relative to the workspace.
 *
 * @param flowFile the flow's path among {@code files}, e.g. {@code flows/orders.flow.json}
 */
public record DeployRequest(String flowFile, Map<String, String> files) {
}
