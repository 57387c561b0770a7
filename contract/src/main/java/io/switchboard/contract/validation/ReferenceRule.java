package io.switchboard.contract.validation;

import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.lint.LintContext;
import io.switchboard.contract.lint.LintRule;
import io.switchboard.contract.refs.Reference;
import io.switchboard.contract.refs.ReferenceResolver;

/** Every {@code $ref} must lead somewhere: in this document or in a file beside it. Named as Spectral names it. */
public final class ReferenceRule implements LintRule {

    @Override
    public String id() {
        return "invalid-ref";
    }

    @Override
    public String description() {
        return "References must resolve.";
    }

    @Override
    public FindingSeverity defaultSeverity() {
        return FindingSeverity.ERROR;
    }

    @Override
    public void check(LintContext context) {
        for (Reference reference : context.references().all()) {
            ReferenceResolver.Result result = context.resolver().resolveOrExplain(reference);
            if (!result.resolved()) {
                context.report(reference.at(), result.problem());
            }
        }
    }
}
