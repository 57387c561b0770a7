package io.switchboard.contract.lint;

import io.switchboard.contract.FindingSeverity;
import io.switchboard.contract.OpenApiVersion;
import java.util.Set;

/**
 * A lint rule with Spectral's name, meaning and default severity, so teams that know {@code spectral:oas}
 * recognise each finding.
 */
public interface LintRule {

    Set<OpenApiVersion> BOTH = Set.of(OpenApiVersion.V3_0, OpenApiVersion.V3_1);

    String id();

    String description();

    FindingSeverity defaultSeverity();

    /** Whether {@code spectral:oas} switches the rule on by default (its "recommended" set). */
    default boolean recommended() {
        return true;
    }

    default Set<OpenApiVersion> versions() {
        return BOTH;
    }

    void check(LintContext context);
}
