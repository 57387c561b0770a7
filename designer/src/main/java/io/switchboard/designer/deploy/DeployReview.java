package io.switchboard.designer.deploy;

import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ChangeLevel;
import java.util.List;

/**
 * What deploying a flow to an environment changes against the version running there: each file of the bundle side
 * by side, and the contracts' changes by oasdiff's rules (breaking first).
 *
 * @param runningVersion the version running there now; null when the flow is new to the environment
 */
public record DeployReview(String flowId, String environment, Integer runningVersion, List<BundleChange> files,
                           List<ContractChange> contractChanges) {

    /** A change of one contract of the bundle. */
    public record ContractChange(String contract, Change change) {
    }

    public DeployReview {
        files = List.copyOf(files);
        contractChanges = List.copyOf(contractChanges);
    }

    /** Changes oasdiff calls breaking: at level ERR or WARN. */
    public long breakingChanges() {
        return contractChanges.stream().filter(change -> change.change().level() != ChangeLevel.INFO).count();
    }

    /** Whether the new version is the same as the running one, file for file. */
    public boolean identical() {
        return runningVersion != null && files.stream().allMatch(file -> file.kind() == BundleChange.Kind.UNCHANGED);
    }

    /** "orders: version 3 → new version, 2 files changed, 1 breaking change". */
    public String headline() {
        long changed = files.stream().filter(file -> file.kind() != BundleChange.Kind.UNCHANGED).count();
        String from = runningVersion == null ? "not deployed on " + environment
                : "version " + runningVersion + " running on " + environment;
        return flowId + ": " + from + " → a new version; " + changed + (changed == 1 ? " file" : " files")
                + " changed" + (breakingChanges() == 0 ? ", no breaking contract change"
                : ", " + breakingChanges() + " breaking contract " + (breakingChanges() == 1 ? "change" : "changes"));
    }
}
