package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

/** Compares one request parameter present in both versions. */
final class ParameterDiff {

    private final DiffContext context;
    private final String label;
    private final Side before;
    private final Side after;

    ParameterDiff(DiffContext context, String label, Side before, Side after) {
        this.context = context;
        this.label = label;
        this.before = before;
        this.after = after;
    }

    void compare() {
        String in = before.node().path("in").asText();
        String name = before.node().path("name").asText();
        String subject = "the " + quote(in) + " request parameter " + quote(name);
        boolean wasRequired = before.node().path("required").asBoolean(false);
        boolean isRequired = after.node().path("required").asBoolean(false);
        if (!wasRequired && isRequired) {
            context.report("request-parameter-became-required", ChangeLevel.ERR, label, before, after.child("required"),
                    subject + " became required");
        } else if (wasRequired && !isRequired) {
            context.report("request-parameter-became-optional", ChangeLevel.INFO, label, before.child("required"),
                    after, subject + " became optional");
        }
        if (!before.node().path("deprecated").asBoolean(false) && after.node().path("deprecated").asBoolean(false)) {
            Sunset sunset = Sunset.of(after.node());
            if (sunset.unreadable()) {
                context.report("request-parameter-sunset-parse", ChangeLevel.ERR, label, before,
                        after.child("x-sunset"), "failed to parse sunset date for " + subject + ": "
                                + quote(sunset.text()));
            } else if (!sunset.present() && context.minSunsetDays() > 0) {
                context.report("request-parameter-deprecated-sunset-missing", ChangeLevel.ERR, label, before,
                        after.child("deprecated"), subject + " was deprecated without a sunset date (at least "
                                + context.minSunsetDays() + " days are required)");
            } else if (sunset.tooSoon(context.today(), context.minSunsetDays())) {
                context.report("request-parameter-sunset-date-too-small", ChangeLevel.ERR, label, before,
                        after.child("x-sunset"), subject + " was deprecated with the sunset date "
                                + quote(sunset.text()) + ", fewer than " + context.minSunsetDays() + " days away");
            } else {
                context.report("request-parameter-deprecated", ChangeLevel.INFO, label, before,
                        after.child("deprecated"), subject + " was deprecated");
            }
        } else if (before.node().path("deprecated").asBoolean(false)
                && after.node().path("deprecated").asBoolean(false)) {
            Sunset was = Sunset.of(before.node());
            Sunset is = Sunset.of(after.node());
            if (was.date() != null && is.date() != null && is.date().isBefore(was.date())) {
                context.report("request-parameter-sunset-date-changed-too-small", ChangeLevel.ERR, label,
                        before.child("x-sunset"), after.child("x-sunset"), "the sunset date of " + subject
                                + " was moved earlier, from " + quote(was.text()) + " to " + quote(is.text()));
            } else if (was.present() && !is.present()) {
                context.report("request-parameter-sunset-deleted", ChangeLevel.ERR, label, before.child("x-sunset"),
                        after, "the sunset date of " + subject + " was deleted, but it is still deprecated");
            }
        } else if (before.node().path("deprecated").asBoolean(false)
                && !after.node().path("deprecated").asBoolean(false)) {
            context.report("request-parameter-reactivated", ChangeLevel.INFO, label, before.child("deprecated"), after,
                    subject + " is no longer deprecated");
        }
        new SchemaDiff(context, label, SchemaDiff.Direction.REQUEST, "")
                .compareParameter(before.child("schema"), after.child("schema"), in, name);
    }
}
