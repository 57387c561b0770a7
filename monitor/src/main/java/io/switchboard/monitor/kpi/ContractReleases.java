package io.switchboard.monitor.kpi;

import java.time.Instant;
import java.util.List;

/**
 * Breaking changes per contract and release, which the app computes from the workspace's git history (the monitor
 * knows runtimes, not workspaces). Called off the FX thread.
 */
public interface ContractReleases {

    ContractReleases NONE = List::of;

    /** One release of one contract; {@code breaking} is -1 when the version could not be read ({@code problem}). */
    record Release(String contract, String name, Instant at, int breaking, int changes, String problem) {
    }

    List<Release> releases() throws Exception;
}
