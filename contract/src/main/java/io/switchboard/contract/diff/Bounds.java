package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Numeric limits: a request breaks when a limit tightens (or appears), a response when it loosens (or goes).
 * oasdiff's ids: {@code max-length-decreased}, {@code min-increased}, {@code max-set}, {@code max-items-decreased}…
 */
final class Bounds {

    /**
     * One limit keyword. {@code setAndUnset}: whether appearing or going is a rule too (oasdiff compares contains
     * limits and exclusive bounds only when both versions set them, and has no rule for an exclusive bound going).
     */
    private record Limit(String keyword, String id, String words, boolean upper, boolean set, boolean unset) {
    }

    private static final Limit[] LIMITS = {
        new Limit("maxLength", "max-length", "maxLength", true, true, true),
        new Limit("minLength", "min-length", "minLength", false, true, true),
        new Limit("maximum", "max", "max", true, true, true),
        new Limit("minimum", "min", "min", false, true, true),
        new Limit("maxItems", "max-items", "maxItems", true, true, true),
        new Limit("minItems", "min-items", "minItems", false, true, true),
        new Limit("maxContains", "max-contains", "maxContains", true, false, false),
        new Limit("minContains", "min-contains", "minContains", false, false, false),
        new Limit("exclusiveMaximum", "exclusive-max", "exclusive maximum", true, true, false),
        new Limit("exclusiveMinimum", "exclusive-min", "exclusive minimum", false, true, false),
    };

    private Bounds() {
    }

    static void compare(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        for (Limit limit : LIMITS) {
            JsonNode was = number(before.node().get(limit.keyword()));
            JsonNode is = number(after.node().get(limit.keyword()));
            if (was == null && is == null || was != null && is != null && was.decimalValue()
                    .compareTo(is.decimalValue()) == 0 || was == null && !limit.set() || is == null && !limit.unset()) {
                continue;
            }
            String change = was == null ? "-set" : is == null ? "-unset"
                    : is.decimalValue().compareTo(was.decimalValue()) > 0 ? "-increased" : "-decreased";
            if (DiffRules.rule(prefix + "-" + limit.id() + change).isEmpty()) {
                continue; // not a rule at this place (oasdiff's contains and exclusive bounds are fewer)
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

    /** The limit when it is a number: 3.0's boolean exclusiveMaximum is a flag on maximum, not a bound. */
    private static JsonNode number(JsonNode value) {
        return value != null && value.isNumber() ? value : null;
    }
}
