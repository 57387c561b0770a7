package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code additionalProperties: false}: an object that stops accepting properties it does not describe. oasdiff has
 * no rule for it; a sender of extra members breaks all the same, so these two rules are Switchboard's own, levelled
 * as oasdiff's property rules are.
 */
final class ClosedObjects {

    private ClosedObjects() {
    }

    static void compare(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        boolean wasClosed = closed(before.node());
        boolean isClosed = closed(after.node());
        if (!wasClosed && isClosed) {
            diff.report(prefix, "additional-properties-restricted", diff.request() ? ChangeLevel.ERR
                    : ChangeLevel.INFO, before, after.child("additionalProperties"), subject
                    + " no longer accepts properties it does not describe (additionalProperties: false)");
        } else if (wasClosed && !isClosed) {
            diff.report(prefix, "additional-properties-allowed", diff.request() ? ChangeLevel.INFO
                    : ChangeLevel.WARN, before.child("additionalProperties"), after, subject
                    + " may have properties it does not describe (additionalProperties is no longer false)");
        }
    }

    private static boolean closed(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isBoolean() && !additional.asBoolean();
    }
}
