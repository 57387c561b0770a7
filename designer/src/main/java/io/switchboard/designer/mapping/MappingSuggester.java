package io.switchboard.designer.mapping;

import io.switchboard.flow.model.FieldRule;
import io.switchboard.flow.model.Mapping;
import io.switchboard.flow.schema.FieldNode;
import io.switchboard.flow.schema.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.ToDoubleBiFunction;

/**
 * Proposes source → target pairs for the target fields not yet mapped: by the names of the fields and of their
 * parents, and by type. Arrays are proposed for arrays, and fields inside a mapped array only from its item.
 */
final class MappingSuggester {

    /** How deep into either tree suggestions look; recursive schemas are otherwise endless. */
    static final int MAX_DEPTH = 6;
    static final double MINIMUM = 0.5;
    /** Targets between two reports of progress. */
    private static final int BATCH = 64;

    /** Stops a computation nobody waits for any more. */
    interface Cancelled {
        boolean now();
    }

    /**
     * Proposals for the unmapped fields under {@code target} (not itself), surest first. Every {@link #BATCH}
     * targets, {@code progress} gets the proposals so far, surest first; {@code cancelled} is asked as often.
     */
    List<MappingSuggestion> suggest(Mapping mapping, SuggestionIndex sources, FieldNode target, Cancelled cancelled,
                                    Consumer<List<MappingSuggestion>> progress) {
        List<MappingSuggestion> found = new ArrayList<>();
        int[] visited = {0};
        suggestFor(mapping, target, target.path().size(), sources, found, visited, cancelled, progress);
        found.sort(SUREST_FIRST);
        return found;
    }

    static final Comparator<MappingSuggestion> SUREST_FIRST =
            Comparator.comparingDouble(MappingSuggestion::confidence).reversed()
                    .thenComparing(suggestion -> String.join(".", suggestion.target().path()));

    private void suggestFor(Mapping mapping, FieldNode target, int rootDepth, SuggestionIndex sources,
                            List<MappingSuggestion> into, int[] visited, Cancelled cancelled,
                            Consumer<List<MappingSuggestion>> progress) {
        for (FieldNode field : target.children()) {
            if (cancelled.now()) {
                throw new CancellationException("suggestions no longer wanted");
            }
            var rule = RuleTree.ruleAt(mapping, field.path());
            if (!RuleTree.isMapped(rule) && (field.type().isScalar() || field.isArray())) {
                best(mapping, field, sources).ifPresent(into::add);
                if (++visited[0] % BATCH == 0) {
                    List<MappingSuggestion> sofar = new ArrayList<>(into);
                    sofar.sort(SUREST_FIRST);
                    progress.accept(sofar);
                }
            }
            int depth = field.path().size() - rootDepth - 1;
            if (depth < MAX_DEPTH && (!field.type().isScalar() || rule.map(FieldRule::isArray).orElse(false))) {
                suggestFor(mapping, field, rootDepth, sources, into, visited, cancelled, progress);
            }
        }
    }

    private Optional<MappingSuggestion> best(Mapping mapping, FieldNode target, SuggestionIndex sources) {
        List<FieldRule> arrays = RuleTree.enclosingArrays(mapping, target.path());
        MappingSuggestion best = null;
        for (FieldNode source : sources.candidates(target.name())) {
            if (source.isArray() != target.isArray()) {
                continue;
            }
            // Outside the enclosing item, or the item itself: nothing a field inside the array can read.
            Optional<String> path = SourcePaths.expression(source.path(), arrays);
            if (path.isEmpty() || !arrays.isEmpty() && path.get().equals(".")) {
                continue;
            }
            double confidence = confidence(source, target, sources::similarity);
            if (confidence >= MINIMUM && (best == null || confidence > best.confidence())) {
                best = new MappingSuggestion(source, target, confidence);
            }
        }
        return Optional.ofNullable(best);
    }

    private static double confidence(FieldNode source, FieldNode target, ToDoubleBiFunction<String, String> alike) {
        double name = alike.applyAsDouble(source.name(), target.name());
        double parent = ancestry(source, target, alike);
        double score = 0.8 * name + 0.2 * parent;
        boolean typesFit = source.isArray() || source.type().fits(target.type())
                || target.type() == FieldType.STRING && source.type().isScalar();
        return typesFit ? score : score * 0.5;
    }

    /** How alike the fields' surroundings are: the best match between any of their ancestors' names. */
    private static double ancestry(FieldNode source, FieldNode target, ToDoubleBiFunction<String, String> alike) {
        List<String> sourceAncestors = source.path().subList(0, source.path().size() - 1);
        List<String> targetAncestors = target.path().subList(0, target.path().size() - 1);
        if (sourceAncestors.isEmpty() && targetAncestors.isEmpty()) {
            return 1.0;
        }
        double best = 0;
        for (String a : sourceAncestors) {
            for (String b : targetAncestors) {
                best = Math.max(best, alike.applyAsDouble(a, b));
            }
        }
        return best;
    }
}
