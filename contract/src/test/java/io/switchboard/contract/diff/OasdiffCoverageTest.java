package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our catalogue against oasdiff's: each of its rules we have reports at its level, and the ones we do not have are
 * exactly those listed here (so a rule added, or one lost, shows in this file).
 */
class OasdiffCoverageTest {

    /** oasdiff rules not checked here, with why: what the README and the closing notes say is left. */
    private static final Set<String> NOT_CHECKED = new TreeSet<>(List.of(
            // Type changes oasdiff judges compatible, and a body wrapped in oneOf.
            "request-body-type-compatible", "request-property-type-compatible", "response-body-type-compatible",
            "response-property-type-compatible", "request-body-wrapped-in-one-of", "response-body-wrapped-in-one-of"));

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
        assertEquals(NOT_CHECKED, missing);
        System.out.printf("diff catalogue: %d rules, %d of oasdiff's %d, %d our own%n", ours.size(),
                oasdiff.size() - missing.size(), oasdiff.size(), ours.keySet().stream()
                        .filter(id -> !oasdiff.containsKey(id)).count());
    }
}
