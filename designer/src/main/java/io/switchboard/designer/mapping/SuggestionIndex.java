package io.switchboard.designer.mapping;

import io.switchboard.flow.schema.FieldNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source fields proposals may come from, found by what their names share: a target field is compared only with
 * sources that have a key in common with it (a word's beginning, the words run together, a synonym group), which
 * every source alike enough to be proposed has. Names are taken apart once, and their likeness remembered.
 */
final class SuggestionIndex {

    private final List<FieldNode> sources = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    /** Shared by a computation and the one replacing it, for the moment both run. */
    private final Map<String, NameSimilarity.Name> names = new ConcurrentHashMap<>();
    private final Map<String, Double> likeness = new ConcurrentHashMap<>();

    SuggestionIndex(FieldNode sourceRoot, int maxDepth) {
        collect(sourceRoot, maxDepth, 0);
        for (int i = 0; i < sources.size(); i++) {
            for (String key : name(sources.get(i).name()).keys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
    }

    int size() {
        return sources.size();
    }

    /** The sources whose names share a key with {@code targetName}, each once, in tree order. */
    List<FieldNode> candidates(String targetName) {
        BitSet found = new BitSet(sources.size());
        for (String key : name(targetName).keys()) {
            for (int index : byKey.getOrDefault(key, List.of())) {
                found.set(index);
            }
        }
        List<FieldNode> candidates = new ArrayList<>(found.cardinality());
        found.stream().forEach(index -> candidates.add(sources.get(index)));
        return candidates;
    }

    /** {@link NameSimilarity#of}, remembered: the same few hundred names meet again and again. */
    double similarity(String a, String b) {
        return likeness.computeIfAbsent(a + '\u0000' + b, pair -> NameSimilarity.of(name(a), name(b)));
    }

    private NameSimilarity.Name name(String name) {
        return names.computeIfAbsent(name, NameSimilarity.Name::of);
    }

    private void collect(FieldNode node, int maxDepth, int depth) {
        for (FieldNode child : node.children()) {
            sources.add(child);
            if (depth < maxDepth && !child.type().isScalar()) {
                collect(child, maxDepth, depth + 1);
            }
        }
    }
}
