package io.switchboard.runtime.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What makes two failures the same failure: the flow, the step that failed, the error's class, and its message
 * with what changes from message to message (quoted values, ids, numbers) normalised away. Failures with one
 * signature form a failure group, which an operator reads and replays as one.
 *
 * @param pattern the normalised message, e.g. {@code target answered HTTP # for order '…'}
 */
public record ErrorSignature(String flowId, String where, String errorType, String pattern) {

    static final int MAX_PATTERN = 1000;
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^'\\n]*'");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"\\n]*\"");
    /**
     * What varies, found in one pass: an HTTP status (kept: a 503 and a 422 are different failures), a UUID, or a
     * word with a digit in it (ORD-1042, 3.5, v2, 0x1f: an id, a number, a version).
     */
    private static final Pattern VARYING = Pattern.compile("((?i:status ?code:? ?|HTTP )[1-5]\\d\\d)\\b"
            + "|\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"
            + "|[\\w.:-]*\\d[\\w.:-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** {@code where} loses its query: a target's options are not where it failed. */
    public static ErrorSignature of(String flowId, String where, String errorType, String message) {
        String place = where == null ? "" : where.indexOf('?') < 0 ? where : where.substring(0, where.indexOf('?'));
        return new ErrorSignature(flowId, place, errorType == null ? "" : errorType, normalise(message));
    }

    /** The message as its group shows it. */
    public static String normalise(String message) {
        if (message == null) {
            return "";
        }
        String text = SINGLE_QUOTED.matcher(message).replaceAll("'…'");
        text = DOUBLE_QUOTED.matcher(text).replaceAll("\"…\"");
        text = VARYING.matcher(text).replaceAll(match -> match.group(1) != null
                ? java.util.regex.Matcher.quoteReplacement(match.group(1)) : "#");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.length() <= MAX_PATTERN ? text : text.substring(0, MAX_PATTERN - 1) + "…";
    }

    /** A short stable id: the same failure gets the same id in every runtime and after every restart. */
    public String id() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {flowId, where, errorType, pattern}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
