package io.switchboard.designer.deploy;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ContractDiff;
import io.switchboard.flow.source.SourceFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares a flow's new bundle with the one running in an environment. CPU work: call it off the FX thread. */
public final class DeployReviews {

    private final DiffRowGenerator rows = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .ignoreWhiteSpaces(false)
            .build();

    /**
     * {@code running}: the running version's files (path → text), null when the flow is not deployed there;
     * {@code next}: the files a deploy would send.
     */
    public DeployReview compare(String flowId, String environment, Integer runningVersion,
                                Map<String, String> running, Map<String, String> next) {
        Map<String, String> before = running == null ? Map.of() : running;
        Set<String> paths = new LinkedHashSet<>(next.keySet());
        paths.addAll(before.keySet());
        List<BundleChange> files = new ArrayList<>();
        List<DeployReview.ContractChange> contractChanges = new ArrayList<>();
        for (String path : paths) {
            String old = before.get(path);
            String now = next.get(path);
            files.add(file(path, old, now));
            if (old != null && now != null && !old.equals(now) && isContract(path, now)) {
                contractChanges.addAll(contractChanges(path, old, now));
            }
        }
        // Breaking first, as the contract review orders them; then by contract and operation.
        contractChanges.sort(Comparator.comparing((DeployReview.ContractChange change) -> change.change().level())
                .thenComparing(DeployReview.ContractChange::contract)
                .thenComparing(change -> String.valueOf(change.change().operation())));
        return new DeployReview(flowId, environment, running == null ? null : runningVersion, files,
                contractChanges);
    }

    private BundleChange file(String path, String old, String now) {
        List<String> oldLines = old == null ? List.of() : old.lines().toList();
        List<String> newLines = now == null ? List.of() : now.lines().toList();
        List<DiffRow> diff = rows.generateDiffRows(oldLines, newLines);
        int changed = (int) diff.stream().filter(row -> row.getTag() != DiffRow.Tag.EQUAL).count();
        BundleChange.Kind kind = old == null ? BundleChange.Kind.ADDED : now == null ? BundleChange.Kind.REMOVED
                : old.equals(now) ? BundleChange.Kind.UNCHANGED : BundleChange.Kind.CHANGED;
        return new BundleChange(path, kind, diff, changed);
    }

    private static boolean isContract(String path, String text) {
        String name = path.toLowerCase();
        return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
                && (text.contains("openapi:") || text.contains("\"openapi\""));
    }

    private static List<DeployReview.ContractChange> contractChanges(String path, String old, String now) {
        Path file = Path.of(path);
        try {
            List<Change> changes = ContractDiff.compare(ContractDocument.parse(file, old),
                    ContractDocument.parse(file, now));
            return changes.stream().map(change -> new DeployReview.ContractChange(path, change)).toList();
        } catch (SourceFormatException e) {
            // The flow's own checks report a contract that does not parse; the review shows its lines.
            return List.of();
        }
    }
}
