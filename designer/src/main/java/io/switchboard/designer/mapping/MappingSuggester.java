package io.switchboard.designer.mapping;

import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proposes source → target pairs for the target fields not yet mapped: by the names of the fields and of their
 * parents, and by type. Arrays are proposed for arrays, and fields inside a mapped array only from its item.
 */
final class MappingSuggester {

    /** How deep into either tree suggestions look; recursive schemas are otherwise endless. */
    static final int MAX_DEPTH = 6;
    static final double MINIMUM = 0.5;

    List<MappingSuggestion> suggest(Mapping mapping, FieldNode sourceRoot, FieldNode targetRoot) {
        List<FieldNode> sources = new ArrayList<>();
        collect(sourceRoot, sources, 0);
        List<MappingSuggestion> suggestions = new ArrayList<>();
        suggestFor(mapping, targetRoot, sources, suggestions, 0);
        suggestions.sort(Comparator.comparingDouble(MappingSuggestion::confidence).reversed());
        return suggestions;
    }

    private void suggestFor(Mapping mapping, FieldNode target, List<FieldNode> sources,
                            List<MappingSuggestion> into, int depth) {
        for (FieldNode field : target.children()) {
            var rule = RuleTree.ruleAt(mapping, field.path());
            boolean mapped = rule.map(r -> r.expression() != null || r.isArray()).orElse(false);
            if (!mapped && (field.type().isScalar() || field.isArray())) {
                best(mapping, field, sources).ifPresent(into::add);
            }
            if (depth < MAX_DEPTH && (!field.type().isScalar() || rule.map(FieldRule::isArray).orElse(false))) {
                suggestFor(mapping, field, sources, into, depth + 1);
            }
        }
    }

    private Optional<MappingSuggestion> best(Mapping mapping, FieldNode target, List<FieldNode> sources) {
        List<FieldRule> arrays = RuleTree.enclosingArrays(mapping, target.path());
        MappingSuggestion best = null;
        for (FieldNode source : sources) {
            if (source.isArray() != target.isArray()) {
                continue;
            }
            // Outside the enclosing item, or the item itself: nothing a field inside the array can read.
            Optional<String> path = SourcePaths.expression(source.path(), arrays);
            if (path.isEmpty() || !arrays.isEmpty() && path.get().equals(".")) {
                continue;
            }
            double confidence = confidence(source, target);
            if (confidence >= MINIMUM && (best == null || confidence > best.confidence())) {
                best = new MappingSuggestion(source, target, confidence);
            }
        }
        return Optional.ofNullable(best);
    }

    static double confidence(FieldNode source, FieldNode target) {
        double name = NameSimilarity.of(source.name(), target.name());
        double parent = ancestry(source, target);
        double score = 0.8 * name + 0.2 * parent;
        boolean typesFit = source.isArray() || source.type().fits(target.type())
                || target.type() == FieldType.STRING && source.type().isScalar();
        return typesFit ? score : score * 0.5;
    }

    /** How alike the fields' surroundings are: the best match between any of their ancestors' names. */
    private static double ancestry(FieldNode source, FieldNode target) {
        List<String> sourceAncestors = source.path().subList(0, source.path().size() - 1);
        List<String> targetAncestors = target.path().subList(0, target.path().size() - 1);
        if (sourceAncestors.isEmpty() && targetAncestors.isEmpty()) {
            return 1.0;
        }
        double best = 0;
        for (String a : sourceAncestors) {
            for (String b : targetAncestors) {
                best = Math.max(best, NameSimilarity.of(a, b));
            }
        }
        return best;
    }

    private static void collect(FieldNode node, List<FieldNode> into, int depth) {
        for (FieldNode child : node.children()) {
            into.add(child);
            if (depth < MAX_DEPTH && !child.type().isScalar()) {
                collect(child, into, depth + 1);
            }
        }
    }
}
