package io.switchboard.runtimeclient.wire;

import java.util.List;

/**
 * The runtime as a whole and each flow, at one moment.
 *
 * @param instance which runtime answered (several may share a store)
 * @param store    {@code h2} (the runtime's own file) or {@code postgresql} (a store runtimes share)
 * @param instances for an environment of several runtimes, each one's own health (null for one runtime); the
 *                  figures above are then theirs together
 */
public record Health(long uptimeSeconds, long storeSizeBytes, long failedWaiting, List<FlowHealth> flows,
                     String instance, String store, List<Health> instances) {
}
