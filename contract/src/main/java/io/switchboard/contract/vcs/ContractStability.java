package io.switchboard.contract.vcs;

import io.switchboard.contract.ContractDocument;
import io.switchboard.contract.diff.Change;
import io.switchboard.contract.diff.ChangeLevel;
import io.switchboard.contract.diff.ContractDiff;
import io.switchboard.flow.source.SourceFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How stable a workspace's contracts have been: for each contract in {@code contracts/}, each release from its git
 * history with the breaking changes since the release before, by the same diff the studio shows. A release is a
 * tagged commit; a contract whose history has no tag counts each commit that changed it.
 */
public final class ContractStability {

    /** How many of a contract's newest commits are read. */
    static final int MAX_COMMITS = 100;

    /** One release of one contract; {@code breaking} and {@code changes} are -1 when a version could not be read. */
    public record Release(String contract, String name, Instant at, int breaking, int changes, String problem) {
    }

    private ContractStability() {
    }

    public static List<Release> of(Path workspace) throws IOException {
        Path contracts = workspace.resolve("contracts");
        if (!Files.isDirectory(contracts)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(contracts)) {
            files = listed.filter(file -> file.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        List<Release> releases = new ArrayList<>();
        for (Path file : files) {
            releases.addAll(releasesOf(file));
        }
        return releases;
    }

    static List<Release> releasesOf(Path file) throws IOException {
        GitRevision.History history = GitRevision.history(file, MAX_COMMITS);
        List<GitRevision.Commit> commits = history.commits();
        List<GitRevision.Commit> tagged = commits.stream().filter(commit -> !commit.tags().isEmpty()).toList();
        List<GitRevision.Commit> chosen = tagged.isEmpty() ? commits : tagged;
        String name = file.getFileName().toString();
        List<Release> releases = new ArrayList<>();
        ContractDocument previous = null;
        for (GitRevision.Commit commit : chosen) {
            String release = commit.tags().isEmpty() ? commit.id().substring(0, 8) : String.join(", ", commit.tags());
            ContractDocument current;
            try {
                current = ContractDocument.parse(file, history.text(commit));
            } catch (SourceFormatException e) {
                releases.add(new Release(name, release, commit.at(), -1, -1, name + " at " + release
                        + " cannot be read (" + e.location() + "): " + e.getMessage()));
                continue;
            }
            if (previous == null) {
                releases.add(new Release(name, release, commit.at(), 0, 0, null));
            } else {
                List<Change> changes = ContractDiff.compare(previous, current);
                int breaking = (int) changes.stream().filter(change -> change.level() == ChangeLevel.ERR).count();
                releases.add(new Release(name, release, commit.at(), breaking, changes.size(), null));
            }
            previous = current;
        }
        return releases;
    }
}
