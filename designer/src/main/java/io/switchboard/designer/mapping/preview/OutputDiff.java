package io.switchboard.designer.mapping.preview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which target fields differ between two outputs: the paths of changed, added and removed values. */
final class OutputDiff {

    private OutputDiff() {
    }

    static Set<List<String>> changed(JsonNode before, JsonNode after) {
        Set<List<String>> changed = new LinkedHashSet<>();
        compare(before, after, List.of(), changed);
        return changed;
    }

    private static void compare(JsonNode before, JsonNode after, List<String> path, Set<List<String>> changed) {
        if (before == null || after == null || before.getNodeType() != after.getNodeType()) {
            if (before != after) {
                changed.add(path);
            }
            return;
        }
        if (after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(before.get(name), after.get(name), append(path, name), changed);
            }
        } else if (after.isArray()) {
            if (before.size() != after.size()) {
                changed.add(path);
            }
            for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
                compare(before.get(i), after.get(i), path, changed);
            }
        } else if (!before.equals(after)) {
            changed.add(path);
        }
    }

    private static List<String> append(List<String> path, String name) {
        List<String> all = new ArrayList<>(path);
        all.add(name);
        return List.copyOf(all);
    }

}
