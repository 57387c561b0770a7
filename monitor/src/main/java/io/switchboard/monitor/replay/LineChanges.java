package io.switchboard.monitor.replay;

import java.util.ArrayList;
import java.util.List;

/** Which lines an edit changed, in words: enough to check an edited payload before it is replayed. */
final class LineChanges {

    private static final int SHOWN = 5;

    private LineChanges() {
    }

    static String describe(String original, String edited) {
        List<String> before = original.lines().toList();
        List<String> after = edited.lines().toList();
        List<String> changed = new ArrayList<>();
        int lines = Math.max(before.size(), after.size());
        for (int i = 0; i < lines; i++) {
            String was = i < before.size() ? before.get(i) : null;
            String now = i < after.size() ? after.get(i) : null;
            if (was == null) {
                changed.add("line " + (i + 1) + " added: " + now.strip());
            } else if (now == null) {
                changed.add("line " + (i + 1) + " removed: " + was.strip());
            } else if (!was.equals(now)) {
                changed.add("line " + (i + 1) + ": " + was.strip() + " → " + now.strip());
            }
        }
        if (changed.isEmpty()) {
            return "No change yet.";
        }
        String shown = String.join("\n", changed.subList(0, Math.min(SHOWN, changed.size())));
        return changed.size() <= SHOWN ? shown : shown + "\n… and " + (changed.size() - SHOWN) + " more lines";
    }
}
