package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What JSON Schema 2020-12 (OpenAPI 3.1) says about an object's members beyond its properties: which properties
 * require others ({@code dependentRequired}), and whether members not described may come
 * ({@code additionalProperties} or {@code unevaluatedProperties} set to {@code false}). oasdiff has no rules for
 * them; these are ours, named and levelled as its property rules are: a request breaks when it demands more, a
 * response when it may send less than before.
 */
final class ObjectShape {

    private ObjectShape() {
    }

    static void compare(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        dependentRequired(diff, before, after, prefix, subject);
        for (String keyword : new String[] {"additionalProperties", "unevaluatedProperties"}) {
            boolean wasClosed = before.node().path(keyword).isBoolean() && !before.node().path(keyword).asBoolean();
            boolean isClosed = after.node().path(keyword).isBoolean() && !after.node().path(keyword).asBoolean();
            String id = keyword.equals("additionalProperties") ? "additional-properties" : "unevaluated-properties";
            if (!wasClosed && isClosed) {
                diff.report(prefix, id + "-restricted", diff.request() ? ChangeLevel.ERR : ChangeLevel.INFO,
                        before, after.child(keyword), subject + " no longer accepts properties it does not describe ("
                                + keyword + ": false)");
            } else if (wasClosed && !isClosed) {
                diff.report(prefix, id + "-allowed", diff.request() ? ChangeLevel.INFO : ChangeLevel.WARN,
                        before.child(keyword), after, subject + " may now have properties it does not describe ("
                                + keyword + " is no longer false)");
            }
        }
    }

    private static void dependentRequired(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        JsonNode was = before.node().path("dependentRequired");
        JsonNode is = after.node().path("dependentRequired");
        for (Iterator<Map.Entry<String, JsonNode>> it = is.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            for (JsonNode required : entry.getValue()) {
                if (!contains(was.path(entry.getKey()), required)) {
                    diff.report(prefix, "dependent-required-added", diff.request() ? ChangeLevel.ERR
                                    : ChangeLevel.INFO, before, after.child("dependentRequired").child(entry.getKey()),
                            "with " + quote(entry.getKey()) + ", " + subject + " now requires "
                                    + quote(required.asText()));
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = was.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            for (JsonNode required : entry.getValue()) {
                if (!contains(is.path(entry.getKey()), required)) {
                    diff.report(prefix, "dependent-required-removed", diff.request() ? ChangeLevel.INFO
                                    : ChangeLevel.WARN, before.child("dependentRequired").child(entry.getKey()), after,
                            "with " + quote(entry.getKey()) + ", " + subject + " no longer requires "
                                    + quote(required.asText()));
                }
            }
        }
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode item : list) {
            if (item.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
