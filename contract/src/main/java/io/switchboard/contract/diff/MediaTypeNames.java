package io.switchboard.contract.diff;

import java.util.Locale;

/**
 * oasdiff's reading of a response media type that was renamed rather than dropped: the same type with other
 * parameters ({@code application/json} to {@code application/json; charset=utf-8}: changed), or a structured-syntax
 * suffix of the old subtype ({@code application/json} to {@code application/problem+json}: specialized; the reverse:
 * generalized, since readers of the narrower type now get any JSON).
 */
final class MediaTypeNames {

    private MediaTypeNames() {
    }

    static boolean related(String before, String after) {
        return !change(before, after).isEmpty();
    }

    /** {@code changed}, {@code specialized}, {@code generalized}, or empty when the two are not one renamed. */
    static String change(String before, String after) {
        String was = essence(before);
        String is = essence(after);
        if (was.equals(is)) {
            return "changed";
        }
        if (refines(was, is)) {
            return "specialized";
        }
        if (refines(is, was)) {
            return "generalized";
        }
        return "";
    }

    /** Whether {@code narrow} is {@code broad} with a structured suffix: {@code application/problem+json}. */
    private static boolean refines(String broad, String narrow) {
        int slash = broad.indexOf('/');
        if (slash < 0 || !narrow.startsWith(broad.substring(0, slash + 1)) || broad.contains("+")) {
            return false;
        }
        String subtype = broad.substring(slash + 1);
        return narrow.endsWith("+" + subtype);
    }

    /** The media type without its parameters, in lower case. */
    static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
