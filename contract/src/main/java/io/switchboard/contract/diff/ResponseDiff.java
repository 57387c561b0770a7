package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Compares one response status present in both versions: media types, body schema, headers. */
final class ResponseDiff {

    private final DiffContext context;
    private final String label;
    private final String status;
    private final Side before;
    private final Side after;

    ResponseDiff(DiffContext context, String label, String status, Side before, Side after) {
        this.context = context;
        this.label = label;
        this.status = status;
        this.before = before;
        this.after = after;
    }

    void compare() {
        Side wasContent = before.child("content");
        Side isContent = after.child("content");
        List<String> removed = new ArrayList<>();
        wasContent.node().fieldNames().forEachRemaining(type -> {
            if (isContent.child(type).exists()) {
                compareSchemas(wasContent.child(type), isContent.child(type), type);
            } else {
                removed.add(type);
            }
        });
        List<String> added = new ArrayList<>();
        isContent.node().fieldNames().forEachRemaining(type -> {
            if (!wasContent.child(type).exists()) {
                added.add(type);
            }
        });
        for (Iterator<String> types = added.iterator(); types.hasNext(); ) {
            String type = types.next();
            String renamed = removed.stream().filter(old -> MediaTypeNames.related(old, type)).findFirst()
                    .orElse(null);
            if (renamed != null) {
                String change = MediaTypeNames.change(renamed, type);
                context.report("response-media-type-name-" + change, DiffRules.level("response-media-type-name-"
                        + change), label, wasContent.child(renamed), isContent.child(type), "the media type "
                        + quote(renamed) + " became " + quote(type) + " for the response with the status "
                        + quote(status));
                compareSchemas(wasContent.child(renamed), isContent.child(type), type);
                removed.remove(renamed);
                types.remove();
            }
        }
        for (String type : removed) {
            context.report("response-media-type-removed", ChangeLevel.ERR, label, wasContent.child(type),
                    isContent, "removed the media type " + quote(type) + " for the response with the status "
                            + quote(status));
        }
        for (String type : added) {
            context.report("response-media-type-added", ChangeLevel.INFO, label, wasContent, isContent.child(type),
                    "added the media type " + quote(type) + " for the response with the status " + quote(status));
        }
        headers();
    }

    private void compareSchemas(Side was, Side is, String mediaType) {
        new SchemaDiff(context, label, SchemaDiff.Direction.RESPONSE, status)
                .compare(was.child("schema"), is.child("schema"), mediaType);
    }

    private void headers() {
        Side was = before.child("headers");
        Side is = after.child("headers");
        for (Iterator<String> names = was.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Side header = was.child(name).dereference(context.baseRoot());
            Side now = is.child(name).dereference(context.revisionRoot());
            boolean required = header.node().path("required").asBoolean(false);
            if (!now.exists()) {
                context.report(required ? "required-response-header-removed" : "optional-response-header-removed",
                        required ? ChangeLevel.ERR : ChangeLevel.WARN, label, header, is,
                        "the " + (required ? "mandatory" : "optional") + " response header " + quote(name)
                                + " removed for the status " + quote(status));
            } else if (required && !now.node().path("required").asBoolean(false)) {
                context.report("response-header-became-optional", ChangeLevel.ERR, label, header.child("required"),
                        now, "the response header " + quote(name) + " became optional for the status "
                                + quote(status));
            }
        }
        for (Iterator<String> names = is.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!was.child(name).exists()) {
                context.report("response-header-added", ChangeLevel.INFO, label, was, is.child(name),
                        "added the response header " + quote(name) + " for the status " + quote(status));
            }
        }
    }
}
