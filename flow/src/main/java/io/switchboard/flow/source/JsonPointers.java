package io.switchboard.flow.source;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for RFC 6901 JSON pointers and their JSONPath-like rendering for people. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String child(String pointer, String name) {
        boolean plain = name.indexOf('~') < 0 && name.indexOf('/') < 0;
        return pointer.concat("/").concat(plain ? name : name.replace("~", "~0").replace("/", "~1"));
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The pointer's segments, unescaped as RFC 6901 says (Jackson's reading); the root, "", has none. */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        for (JsonPointer at = JsonPointer.compile(pointer); !at.matches(); at = at.tail()) {
            segments.add(at.getMatchingProperty());
        }
        return segments;
    }

    /** The pointer's last segment, unescaped; "" for the root. */
    public static String last(String pointer) {
        List<String> segments = segments(pointer);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** {@code /rules/3/expression} becomes {@code $.rules[3].expression}, the form the findings show. */
    public static String toDisplayPath(String pointer) {
        StringBuilder out = new StringBuilder("$");
        if (pointer.isEmpty()) {
            return out.toString();
        }
        for (String token : segments(pointer)) {
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                out.append('[').append(token).append(']');
            } else if (token.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
                out.append('.').append(token);
            } else {
                out.append("['").append(token.replace("'", "\\'")).append("']");
            }
        }
        return out.toString();
    }
}
