package io.switchboard.contract.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.Specs;
import io.switchboard.contract.lint.RulesetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue of diff rules: what the fixtures report is in it, at its level; a workspace changes levels. */
class DiffCatalogueTest {

    @TempDir
    Path temp;

    @Test
    void aRuleOutsideTheCatalogueCannotBeReportedUnnoticed() {
        // The diff asserts each reported rule and level against the catalogue; tests run with assertions on.
        assertThrows(AssertionError.class, () -> {
            assert false;
        });
        assertTrue(DiffRules.catalog().size() >= 200, "rules: " + DiffRules.catalog().size());
        assertEquals(DiffRules.catalog().size(), DiffRules.catalog().stream().map(DiffRule::id).distinct().count());
    }

    @Test
    void everyRuleOfTheCatalogueIsReportedByAFixtureAndNoneOutsideIt() {
        Set<String> reported = new TreeSet<>();
        DiffFixturesTest.pairs().forEach(pair -> {
            ObjectNode base = DiffFixturesTest.base(pair.version());
            pair.base().accept(base);
            ObjectNode revision = DiffFixturesTest.base(pair.version());
            pair.revision().accept(revision);
            for (Change change : pair.compare(Specs.document("base.yaml", base),
                    Specs.document("revision.yaml", revision))) {
                assertEquals(DiffRules.rule(change.rule()).map(DiffRule::level).orElse(null), change.level(),
                        change.rule());
                reported.add(change.rule());
            }
        });
        reported.addAll(DiffFamiliesTest.reported());
        // Every rule of the catalogue has a base/revision pair that reports it.
        List<String> unreached = DiffRules.catalog().stream().map(DiffRule::id).filter(id -> !reported.contains(id))
                .toList();
        assertEquals(List.of(), unreached, "rules no fixture reports");
    }

    @Test
    void aWorkspaceChangesALevelOrSwitchesARuleOffAndABadNameIsRefusedAtItsLine() throws Exception {
        Path file = Files.writeString(temp.resolve("diff.yaml"), """
                rules:
                  request-parameter-removed: ERR
                  api-tag-added: off
                """);
        DiffSettings settings = DiffSettings.read(file);
        Change.Place place = new Change.Place("/paths", io.switchboard.flow.source.Location.UNKNOWN);
        List<Change> applied = settings.apply(List.of(
                new Change("request-parameter-removed", ChangeLevel.WARN, "GET /pets", place, place, "removed"),
                new Change("api-tag-added", ChangeLevel.INFO, "GET /pets", place, place, "tag"),
                new Change("endpoint-added", ChangeLevel.INFO, "POST /pets", place, place, "added")));
        assertEquals(List.of("request-parameter-removed ERR", "endpoint-added INFO"), applied.stream()
                .map(change -> change.rule() + " " + change.level()).collect(Collectors.toList()));

        Path policy = Files.writeString(temp.resolve("policy.yaml"), "deprecation-days: {beta: 31, stable: 180}\n");
        assertEquals(new DeprecationPolicy(31, 180), DiffSettings.read(policy).deprecation());
        Path negative = Files.writeString(temp.resolve("negative.yaml"), "deprecation-days:\n  stable: -1\n");
        RulesetException days = assertThrows(RulesetException.class, () -> DiffSettings.read(negative));
        assertTrue(days.getMessage().contains("negative.yaml:2:11"), days.getMessage());

        Path bad = Files.writeString(temp.resolve("bad.yaml"), "rules:\n  request-parameter-removd: ERR\n");
        RulesetException refused = assertThrows(RulesetException.class, () -> DiffSettings.read(bad));
        assertTrue(refused.getMessage().contains("bad.yaml:2:3"), refused.getMessage());
        assertTrue(refused.getMessage().contains("is not a diff rule"), refused.getMessage());
    }
}
