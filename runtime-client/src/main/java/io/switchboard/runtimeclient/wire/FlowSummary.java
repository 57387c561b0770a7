package io.switchboard.runtimeclient.wire;

/** A deployed flow: its active version and whether its ingress is taking messages ({@code RUNNING}/{@code STOPPED}). */
public record FlowSummary(String id, String name, int activeVersion, String state) {
}
