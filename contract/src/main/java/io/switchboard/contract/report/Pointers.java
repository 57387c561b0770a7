package io.switchboard.contract.report;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers split into their unescaped segments. */
final class Pointers {

    private Pointers() {
    }

    static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }
}
