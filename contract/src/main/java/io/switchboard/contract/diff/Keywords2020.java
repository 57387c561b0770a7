package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * oasdiff's checks of the JSON Schema 2020-12 keywords OpenAPI 3.1 brings, on bodies and their properties: a
 * constraint added to a request or removed from a response breaks (ERR), the opposite informs; {@code const},
 * {@code dependentRequired}, {@code contentMediaType} and {@code contentEncoding} changed break either way;
 * {@code prefixItems} turns round (a request losing a position breaks). Changes inside a subschema present in both
 * versions are compared as properties are (SchemaDiff).
 */
final class Keywords2020 {

    /** Subschema keywords whose appearance or disappearance is a rule of its own, with the rule's name. */
    static final String[][] PRESENCE = {{"if", "if"}, {"then", "then"}, {"else", "else"}, {"contains", "contains"},
        {"propertyNames", "property-names"}, {"unevaluatedItems", "unevaluated-items"},
        {"unevaluatedProperties", "unevaluated-properties"}, {"contentSchema", "content-schema"}};

    /** Maps of subschemas by name, each entry added or removed: the rule's name. */
    static final String[][] KEYED = {{"dependentSchemas", "dependent-schema"},
        {"patternProperties", "pattern-property"}};

    static final String[][] CHANGED = {{"contentMediaType", "content-media-type"},
        {"contentEncoding", "content-encoding"}};

    private Keywords2020() {
    }

    static boolean applies(String prefix) {
        return !prefix.equals("request-parameter");
    }

    static void compare(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        if (!applies(prefix)) {
            return;
        }
        for (String[] keyword : PRESENCE) {
            presence(diff, before, after, prefix, subject, keyword[0], keyword[1]);
        }
        for (String[] keyword : KEYED) {
            keyed(diff, before, after, prefix, subject, keyword[0], keyword[1]);
        }
        for (String[] keyword : CHANGED) {
            JsonNode was = before.node().path(keyword[0]);
            JsonNode is = after.node().path(keyword[0]);
            if (!was.equals(is)) {
                diff.report(prefix, keyword[1] + "-changed", ChangeLevel.ERR, before.child(keyword[0]),
                        after.child(keyword[0]), "the " + keyword[0] + " of " + subject + " changed from "
                                + quote(was.asText("")) + " to " + quote(is.asText("")));
            }
        }
        constant(diff, before, after, prefix, subject);
        dependentRequired(diff, before, after, prefix, subject);
        prefixItems(diff, before, after, prefix, subject);
    }

    private static void presence(SchemaDiff diff, Side before, Side after, String prefix, String subject,
                                 String keyword, String id) {
        // A schema of true constrains nothing; one turned to false takes the place of a new constraint.
        JsonNode wasSchema = before.node().get(keyword);
        JsonNode isSchema = after.node().get(keyword);
        boolean was = constrains(wasSchema);
        boolean is = constrains(isSchema);
        boolean closed = was && is && isSchema.isBoolean() && !wasSchema.isBoolean();
        boolean opened = was && is && wasSchema.isBoolean() && !isSchema.isBoolean();
        if (!was && is || closed) {
            diff.report(prefix, id + "-added", diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO, before,
                    after.child(keyword), "added " + keyword + " to " + subject);
        } else if (was && !is || opened) {
            diff.report(prefix, id + "-removed", diff.request() ? ChangeLevel.INFO : ChangeLevel.ERR,
                    before.child(keyword), after, "removed " + keyword + " from " + subject);
        }
    }

    private static boolean constrains(JsonNode schema) {
        return schema != null && !(schema.isBoolean() && schema.asBoolean());
    }

    private static void keyed(SchemaDiff diff, Side before, Side after, String prefix, String subject,
                              String keyword, String id) {
        JsonNode was = before.node().path(keyword);
        JsonNode is = after.node().path(keyword);
        for (Iterator<String> names = is.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!was.has(name)) {
                diff.report(prefix, id + "-added", diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO, before,
                        after.child(keyword).child(name), "added " + quote(name) + " to the " + keyword + " of "
                                + subject);
            }
        }
        for (Iterator<String> names = was.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!is.has(name)) {
                diff.report(prefix, id + "-removed", diff.request() ? ChangeLevel.INFO : ChangeLevel.ERR,
                        before.child(keyword).child(name), after, "removed " + quote(name) + " from the " + keyword
                                + " of " + subject);
            }
        }
    }

    private static void constant(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        JsonNode was = before.node().get("const");
        JsonNode is = after.node().get("const");
        if (was == null && is != null) {
            diff.report(prefix, "const-added", diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO, before,
                    after.child("const"), subject + " was restricted to the constant " + quote(is));
        } else if (was != null && is == null) {
            diff.report(prefix, "const-removed", diff.request() ? ChangeLevel.INFO : ChangeLevel.ERR,
                    before.child("const"), after, subject + " is no longer the constant " + quote(was));
        } else if (was != null && !was.equals(is)) {
            diff.report(prefix, "const-changed", ChangeLevel.ERR, before.child("const"), after.child("const"),
                    "the constant of " + subject + " changed from " + quote(was) + " to " + quote(is));
        }
    }

    private static void dependentRequired(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        JsonNode was = before.node().path("dependentRequired");
        JsonNode is = after.node().path("dependentRequired");
        for (Iterator<Map.Entry<String, JsonNode>> it = is.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Side at = after.child("dependentRequired").child(entry.getKey());
            if (!was.has(entry.getKey())) {
                diff.report(prefix, "dependent-required-added", diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO,
                        before, at, "with " + quote(entry.getKey()) + ", " + subject + " now requires "
                                + entry.getValue());
            } else if (!was.get(entry.getKey()).equals(entry.getValue())) {
                diff.report(prefix, "dependent-required-changed", ChangeLevel.ERR,
                        before.child("dependentRequired").child(entry.getKey()), at, "with " + quote(entry.getKey())
                                + ", " + subject + " requires " + entry.getValue() + " instead of "
                                + was.get(entry.getKey()));
            }
        }
        for (Iterator<String> names = was.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!is.has(name)) {
                diff.report(prefix, "dependent-required-removed", diff.request() ? ChangeLevel.INFO
                        : ChangeLevel.ERR, before.child("dependentRequired").child(name), after, "with "
                        + quote(name) + ", " + subject + " no longer requires " + was.get(name));
            }
        }
    }

    /** A tuple that gains a position may be sent as before but answered with more; one that loses it the reverse. */
    private static void prefixItems(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        int was = before.node().path("prefixItems").size();
        int is = after.node().path("prefixItems").size();
        if (is > was) {
            diff.report(prefix, "prefix-items-added", diff.request() ? ChangeLevel.INFO : ChangeLevel.ERR, before,
                    after.child("prefixItems").child(was), "added " + (is - was) + " prefixItems position(s) to "
                            + subject);
        } else if (is < was) {
            diff.report(prefix, "prefix-items-removed", diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO,
                    before.child("prefixItems").child(is), after, "removed " + (was - is)
                            + " prefixItems position(s) from " + subject);
        }
    }
}
