package io.switchboard.contract.lint;

import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.OpenApiVersion;
import java.util.Set;
import java.util.function.Consumer;

/** A lint rule defined by its facts and a check; the rule families build their rules with it. */
record Rule(String id, String description, FindingSeverity defaultSeverity, boolean recommended,
            Set<OpenApiVersion> versions, Consumer<LintContext> check) implements LintRule {

    static Rule recommended(String id, FindingSeverity severity, String description, Consumer<LintContext> check) {
        return new Rule(id, description, severity, true, BOTH, check);
    }

    static Rule optional(String id, FindingSeverity severity, String description, Consumer<LintContext> check) {
        return new Rule(id, description, severity, false, BOTH, check);
    }

    Rule only(OpenApiVersion version) {
        return new Rule(id, description, defaultSeverity, recommended, Set.of(version), check);
    }

    @Override
    public void check(LintContext context) {
        check.accept(context);
    }
}
