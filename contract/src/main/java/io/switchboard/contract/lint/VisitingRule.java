package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.OpenApiVersion;
import io.switchboard.contract.model.NodePath;
import java.util.Set;

/** An object rule defined by its facts and a visit; the rule families build theirs with it. */
record VisitingRule(String id, String description, FindingSeverity defaultSeverity, boolean recommended,
                    Set<OpenApiVersion> versions, Visit visit) implements ObjectRule {

    interface Visit {
        void visit(LintContext context, NodePath path, JsonNode node);
    }

    static VisitingRule recommended(String id, FindingSeverity severity, String description, Visit visit) {
        return new VisitingRule(id, description, severity, true, BOTH, visit);
    }

    static VisitingRule optional(String id, FindingSeverity severity, String description, Visit visit) {
        return new VisitingRule(id, description, severity, false, BOTH, visit);
    }

    VisitingRule only(OpenApiVersion version) {
        return new VisitingRule(id, description, defaultSeverity, recommended, Set.of(version), visit);
    }

    @Override
    public void visit(LintContext context, NodePath path, JsonNode node) {
        visit.visit(context, path, node);
    }
}
