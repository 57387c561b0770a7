package io.switchboard.contract.lint;

import java.util.ArrayList;
import java.util.List;

/** The lint rules written here, family by family (validation rules join them in the contract linter). */
public final class OasRules {

    private OasRules() {
    }

    public static List<LintRule> all() {
        List<LintRule> rules = new ArrayList<>();
        rules.addAll(InfoRules.all());
        rules.addAll(OperationRules.all());
        rules.addAll(PathRules.all());
        rules.addAll(TagRules.all());
        rules.addAll(SchemaRules.all());
        rules.addAll(MarkdownRules.all());
        rules.addAll(ServerRules.all());
        rules.addAll(ComponentRules.all());
        return rules;
    }

}
