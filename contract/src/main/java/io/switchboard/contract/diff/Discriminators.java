package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A polymorphic schema's {@code discriminator}: added, removed, its property renamed, its mapping's entries added,
 * deleted or pointed elsewhere. oasdiff reports each for information, on bodies and on properties.
 */
final class Discriminators {

    static final String[] CHANGES = {"added", "removed", "property-name-changed", "mapping-added",
        "mapping-deleted", "mapping-changed"};

    private Discriminators() {
    }

    static boolean applies(String prefix) {
        return !prefix.equals("request-parameter");
    }

    static void compare(SchemaDiff diff, Side before, Side after, String prefix, String subject) {
        if (!applies(prefix)) {
            return;
        }
        String id = prefix + "-discriminator";
        Side was = before.child("discriminator");
        Side is = after.child("discriminator");
        if (!was.node().isObject() && is.node().isObject()) {
            diff.report(id, "added", ChangeLevel.INFO, before, is, "added a discriminator to " + subject);
            return;
        }
        if (was.node().isObject() && !is.node().isObject()) {
            diff.report(id, "removed", ChangeLevel.INFO, was, after, "removed the discriminator of " + subject);
            return;
        }
        if (!was.node().isObject()) {
            return;
        }
        String wasName = was.node().path("propertyName").asText("");
        String isName = is.node().path("propertyName").asText("");
        if (!wasName.equals(isName)) {
            diff.report(id, "property-name-changed", ChangeLevel.INFO, was.child("propertyName"),
                    is.child("propertyName"), "the discriminator property of " + subject + " changed from "
                            + quote(wasName) + " to " + quote(isName));
        }
        JsonNode wasMapping = was.node().path("mapping");
        JsonNode isMapping = is.node().path("mapping");
        for (Iterator<Map.Entry<String, JsonNode>> it = isMapping.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode old = wasMapping.get(entry.getKey());
            if (old == null) {
                diff.report(id, "mapping-added", ChangeLevel.INFO, was, is.child("mapping").child(entry.getKey()),
                        "added the discriminator mapping " + quote(entry.getKey()) + " to " + subject);
            } else if (!old.equals(entry.getValue())) {
                diff.report(id, "mapping-changed", ChangeLevel.INFO, was.child("mapping").child(entry.getKey()),
                        is.child("mapping").child(entry.getKey()), "the discriminator mapping "
                                + quote(entry.getKey()) + " of " + subject + " changed from " + quote(old.asText())
                                + " to " + quote(entry.getValue().asText()));
            }
        }
        for (Iterator<String> keys = wasMapping.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!isMapping.has(key)) {
                diff.report(id, "mapping-deleted", ChangeLevel.INFO, was.child("mapping").child(key), is,
                        "deleted the discriminator mapping " + quote(key) + " from " + subject);
            }
        }
    }
}
