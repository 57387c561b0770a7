package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Numeric limits: a request breaks when a limit tightens (or appears), a response when it loosens (or goes).
 * oasdiff's ids: {@code max-length-decreased}, {@code min-increased}, {@code max-set}, {@code max-items-decreased}…
 */
final class Bounds {

    private record Limit(String keyword, String id, String words, boolean upper) {
    }

    private static final Limit[] LIMITS = {
        new Limit("maxLength", "max-length", "maxLength", true),
        new Limit("minLength", "min-length", "minLength", false),
        new Limit("maximum", "max", "max", true),
        new Limit("minimum", "min", "min", false),
        new Limit("maxItems", "max-items", "maxItems", true),
        new Limit("minItems", "min-items", "minItems", false),
        // JSON Schema 2020-12: how many items must match contains. oasdiff has no rules for them; these are ours.
        new Limit("maxContains", "max-contains", "maxContains", true),
        new Limit("minContains", "min-contains", "minContains", false),
    };

    private Bounds() {
    }

    static void compare(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        for (Limit limit : LIMITS) {
            JsonNode was = before.node().get(limit.keyword());
            JsonNode is = after.node().get(limit.keyword());
            if (was == null && is == null || was != null && is != null && was.decimalValue()
                    .compareTo(is.decimalValue()) == 0) {
                continue;
            }
            Side at = after.child(limit.keyword());
            Side from = before.child(limit.keyword());
            if (was == null) {
                // A new limit may tighten what was sent before: a warning on a request, as oasdiff has it.
                diff.report(prefix, limit.id() + "-set", diff.request() ? ChangeLevel.WARN : ChangeLevel.INFO, from, at,
                        "the " + limit.words() + " of " + subject + " was set to " + quote(is));
            } else if (is == null) {
                diff.report(prefix, limit.id() + "-unset", diff.request() ? ChangeLevel.INFO : ChangeLevel.ERR, from,
                        at, "the " + limit.words() + " of " + subject + " was unset from " + quote(was));
            } else {
                boolean increased = is.decimalValue().compareTo(was.decimalValue()) > 0;
                boolean tightened = limit.upper() != increased;
                ChangeLevel level = tightened == diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO;
                String suffix = limit.id() + (increased ? "-increased" : "-decreased");
                String place = prefix;
                if (prefix.equals("request-property") && after.node().path("readOnly").asBoolean(false)
                        && DiffRules.rule("request-read-only-property-" + suffix).isPresent()) {
                    // A read-only property is not sent: its tighter limit informs (oasdiff's read-only rules).
                    place = "request-read-only-property";
                    level = ChangeLevel.INFO;
                }
                diff.report(place, suffix, level, from, at,
                        "the " + limit.words() + " of " + subject + " was " + (increased ? "increased" : "decreased")
                                + " from " + quote(was) + " to " + quote(is));
            }
        }
    }
}
