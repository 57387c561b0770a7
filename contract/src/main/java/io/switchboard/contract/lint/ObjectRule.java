package io.switchboard.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.DocumentWalk;
import io.switchboard.contract.model.NodePath;

/**
 * A rule that looks at objects one by one, wherever they are. The linter walks the document once for all of them:
 * on a 13 MB contract one walk costs about what each rule's own walk did.
 */
public interface ObjectRule extends LintRule {

    void visit(LintContext context, NodePath path, JsonNode node);

    @Override
    default void check(LintContext context) {
        DocumentWalk.objects(context.root(), (path, node) -> visit(context, path, node));
    }
}
