package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import java.util.Iterator;

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
        for (Iterator<String> types = wasContent.node().fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (!isContent.child(type).exists()) {
                context.report("response-media-type-removed", ChangeLevel.ERR, label, wasContent.child(type),
                        isContent, "removed the media type " + quote(type) + " for the response with the status "
                                + quote(status));
            } else {
                new SchemaDiff(context, label, SchemaDiff.Direction.RESPONSE, status)
                        .compare(wasContent.child(type).child("schema"), isContent.child(type).child("schema"));
            }
        }
        for (Iterator<String> types = isContent.node().fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (!wasContent.child(type).exists()) {
                context.report("response-media-type-added", ChangeLevel.INFO, label, wasContent, isContent.child(type),
                        "added the media type " + quote(type) + " for the response with the status " + quote(status));
            }
        }
        headers();
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
