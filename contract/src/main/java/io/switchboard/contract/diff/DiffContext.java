package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ContractDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The two versions being compared and the changes found so far. */
final class DiffContext {

    private final ContractDocument base;
    private final ContractDocument revision;
    private final List<Change> changes = new ArrayList<>();
    private final Unchanged unchanged;
    private final LocalDate today;
    private final DeprecationPolicy deprecation;
    private JsonNode operation = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

    DiffContext(ContractDocument base, ContractDocument revision, LocalDate today, DeprecationPolicy deprecation) {
        this.base = base;
        this.revision = revision;
        this.today = today;
        this.deprecation = deprecation;
        this.unchanged = new Unchanged(base.root(), revision.root());
    }

    /** The operation (revision) whose parts are being compared: its stability decides the deprecation days. */
    void comparing(JsonNode operation) {
        this.operation = operation;
    }

    /** The days a deprecation in the operation being compared must give before its sunset. */
    int minSunsetDays() {
        return deprecation.minDays(operation);
    }

    /** The day sunsets are compared with. */
    LocalDate today() {
        return today;
    }

    boolean same(Side before, Side after) {
        return unchanged.same(before, after);
    }

    JsonNode baseRoot() {
        return base.root();
    }

    JsonNode revisionRoot() {
        return revision.root();
    }

    void report(String rule, ChangeLevel level, String operation, Side before, Side after, String message) {
        // The catalogue is the one list of rules and levels: a check that reports outside it is a defect.
        assert DiffRules.rule(rule).map(DiffRule::level).orElse(null) == level
                : rule + " at " + level + " is not in the catalogue (DiffRules) at that level";
        changes.add(new Change(rule, level, operation,
                new Change.Place(before.pointer(), base.locateKey(before.pointer())),
                new Change.Place(after.pointer(), revision.locateKey(after.pointer())), message));
    }

    List<Change> changes() {
        return changes;
    }

    /** oasdiff quotes the values in its messages. */
    static String quote(Object value) {
        String text = value instanceof JsonNode node ? (node.isTextual() ? node.asText() : node.toString())
                : String.valueOf(value);
        return "'" + text + "'";
    }
}
