package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Our catalogue against oasdiff's: every one of its rules is ours too, at its level. */
class OasdiffCoverageTest {

    @Test
    void oasdiffsRulesWeHaveReportAtItsLevelAndTheRestAreListed() {
        Map<String, ChangeLevel> oasdiff = DiffRules.oasdiff();
        Map<String, ChangeLevel> ours = DiffRules.catalog().stream()
                .collect(Collectors.toMap(DiffRule::id, DiffRule::level));

        Set<String> otherLevel = new TreeSet<>();
        ours.forEach((id, level) -> {
            if (oasdiff.containsKey(id) && oasdiff.get(id) != level) {
                otherLevel.add(id + " " + level + " (oasdiff " + oasdiff.get(id) + ")");
            }
        });
        assertEquals(Set.of(), otherLevel);

        Set<String> missing = new TreeSet<>(oasdiff.keySet());
        missing.removeAll(ours.keySet());
        assertEquals(Set.of(), missing, "oasdiff's rules the diff does not check");
        System.out.printf("diff catalogue: %d rules, %d of oasdiff's %d, %d our own%n", ours.size(),
                oasdiff.size() - missing.size(), oasdiff.size(), ours.keySet().stream()
                        .filter(id -> !oasdiff.containsKey(id)).count());
    }
}
