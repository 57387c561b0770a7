package io.switchboard.runtimeclient.wire;

/** The version a deploy created. */
public record DeployResult(String flowId, int version) {
}
