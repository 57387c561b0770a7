package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares one operation present in both versions: its parameters, body, responses, security and lifecycle. */
final class OperationDiff {

    private final DiffContext context;
    private final String label;
    private final Side beforeItem;
    private final Side afterItem;
    private final Side before;
    private final Side after;

    OperationDiff(DiffContext context, String label, Side beforeItem, Side afterItem, Side before, Side after) {
        this.context = context;
        this.label = label;
        this.beforeItem = beforeItem;
        this.afterItem = afterItem;
        this.before = before;
        this.after = after;
    }

    void compare() {
        context.comparing(after.node());
        stability();
        lifecycle();
        identity();
        parameters();
        requestBody();
        responses();
        SecurityDiff.operation(context, label, before, after);
    }

    /** oasdiff's stability levels, from least to most stable. */
    private static final List<String> STABILITY = List.of("draft", "alpha", "beta", "stable");

    /**
     * {@code x-stability-level}: it may go up, not down; a value that is none of the four is an error. (Operations
     * still draft or alpha change freely: {@link ContractDiff} leaves out their breaking changes.)
     */
    private void stability() {
        JsonNode was = before.node().get("x-stability-level");
        JsonNode is = after.node().get("x-stability-level");
        if (is != null && !STABILITY.contains(is.asText(""))) {
            context.report("api-invalid-stability-level", ChangeLevel.ERR, label, before,
                    after.child("x-stability-level"), "failed to parse stability level: " + quote(is)
                            + " (it is draft, alpha, beta or stable)");
            return;
        }
        int wasRank = stabilityRank(was);
        int isRank = stabilityRank(is);
        if (wasRank < 0 || isRank < 0) {
            return;
        }
        if (isRank < wasRank) {
            context.report("api-stability-decreased", ChangeLevel.ERR, label, before.child("x-stability-level"),
                    after.child("x-stability-level"), "endpoint stability level decreased from " + quote(was)
                            + " to " + quote(is));
        } else if (isRank > wasRank) {
            context.report("api-stability-increased", ChangeLevel.INFO, label, before.child("x-stability-level"),
                    after.child("x-stability-level"), "endpoint stability level increased from " + quote(was)
                            + " to " + quote(is));
        }
    }

    /** Where a stability level stands in draft, alpha, beta, stable; -1 when it is none of them. */
    static int stabilityRank(JsonNode level) {
        return level == null ? -1 : STABILITY.indexOf(level.asText(""));
    }

    /** Whether the operation may still change freely: draft or alpha in the earlier version. */
    static boolean unstable(JsonNode operation) {
        String level = operation.path("x-stability-level").asText("");
        return level.equals("draft") || level.equals("alpha");
    }

    private void lifecycle() {
        boolean wasDeprecated = before.node().path("deprecated").asBoolean(false);
        boolean isDeprecated = after.node().path("deprecated").asBoolean(false);
        if (!wasDeprecated && isDeprecated) {
            Sunset sunset = Sunset.of(after.node());
            int minDays = context.minSunsetDays();
            if (sunset.unreadable()) {
                context.report("api-deprecated-sunset-parse", ChangeLevel.ERR, label, before, after.child("x-sunset"),
                        "failed to parse sunset date: " + quote(sunset.text()));
            } else if (!sunset.present() && minDays > 0) {
                context.report("api-deprecated-sunset-missing", ChangeLevel.ERR, label, before,
                        after.child("deprecated"), "endpoint deprecated without a sunset date (at least " + minDays
                                + " days are required)");
            } else if (sunset.tooSoon(context.today(), minDays)) {
                context.report("api-sunset-date-too-small", ChangeLevel.ERR, label, before, after.child("x-sunset"),
                        "endpoint deprecated with the sunset date " + quote(sunset.text()) + ", fewer than "
                                + minDays + " days away");
            } else if (sunset.present()) {
                context.report("endpoint-deprecated-with-sunset", ChangeLevel.INFO, label, before,
                        after.child("deprecated"), "endpoint deprecated with sunset date " + quote(sunset.text()));
            } else {
                context.report("endpoint-deprecated", ChangeLevel.INFO, label, before, after.child("deprecated"),
                        "endpoint deprecated");
            }
        } else if (wasDeprecated && !isDeprecated) {
            context.report("endpoint-reactivated", ChangeLevel.INFO, label, before.child("deprecated"), after,
                    "endpoint reactivated");
        } else if (wasDeprecated) {
            Sunset was = Sunset.of(before.node());
            Sunset is = Sunset.of(after.node());
            if (was.date() != null && is.date() != null && is.date().isBefore(was.date())) {
                context.report("api-sunset-date-changed-too-small", ChangeLevel.ERR, label, before.child("x-sunset"),
                        after.child("x-sunset"), "api sunset date changed to an earlier date, from "
                                + quote(was.text()) + " to " + quote(is.text()));
            } else if (was.present() && !is.present()) {
                context.report("sunset-deleted", ChangeLevel.ERR, label, before.child("x-sunset"), after,
                        "api sunset date deleted, but deprecated=true kept");
            }
        }
    }

    private void identity() {
        JsonNode wasId = before.node().get("operationId");
        JsonNode isId = after.node().get("operationId");
        if (wasId != null && (isId == null || !isId.equals(wasId))) {
            context.report("api-operation-id-removed", ChangeLevel.INFO, label, before.child("operationId"),
                    after.child("operationId"), "api operation id " + quote(wasId) + " removed and replaced with "
                            + quote(isId == null ? "" : isId.asText()));
        } else if (wasId == null && isId != null) {
            context.report("api-operation-id-added", ChangeLevel.INFO, label, before, after.child("operationId"),
                    "api operation id " + quote(isId) + " was added");
        }
        Set<String> wasTags = texts(before.node().path("tags"));
        Set<String> isTags = texts(after.node().path("tags"));
        for (String tag : wasTags) {
            if (!isTags.contains(tag)) {
                context.report("api-tag-removed", ChangeLevel.INFO, label, before.child("tags"), after,
                        "api tag " + quote(tag) + " removed");
            }
        }
        for (String tag : isTags) {
            if (!wasTags.contains(tag)) {
                context.report("api-tag-added", ChangeLevel.INFO, label, before, after.child("tags"),
                        "api tag " + quote(tag) + " added");
            }
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private void parameters() {
        Map<String, Side> was = parametersOf(context.baseRoot(), beforeItem.child("parameters"),
                before.child("parameters"));
        Map<String, Side> is = parametersOf(context.revisionRoot(), afterItem.child("parameters"),
                after.child("parameters"));
        for (Map.Entry<String, Side> parameter : was.entrySet()) {
            Side now = is.get(parameter.getKey());
            if (now == null) {
                removedParameter(parameter.getValue());
            } else {
                new ParameterDiff(context, label, parameter.getValue(), now).compare();
            }
        }
        Map<String, Side> ownParameters = parametersOf(context.revisionRoot(), after.child("parameters"));
        for (Map.Entry<String, Side> parameter : is.entrySet()) {
            if (!was.containsKey(parameter.getKey())) {
                addedParameter(parameter.getValue(), !ownParameters.containsKey(parameter.getKey()));
            }
        }
    }

    private void removedParameter(Side parameter) {
        String in = parameter.node().path("in").asText();
        String name = parameter.node().path("name").asText();
        if (parameter.node().path("deprecated").asBoolean(false)) {
            Sunset sunset = Sunset.of(parameter.node());
            if (sunset.unreadable()) {
                // Whether the sunset has passed cannot be known: the removal is not taken as allowed.
                context.report("request-parameter-sunset-parse", ChangeLevel.ERR, label, parameter, after,
                        "failed to parse the sunset date " + quote(sunset.text()) + " of the deleted "
                                + quote(in) + " request parameter " + quote(name));
            } else if (sunset.isAfter(context.today())) {
                context.report("request-parameter-removed-before-sunset", ChangeLevel.ERR, label, parameter, after,
                        "deleted the " + quote(in) + " request parameter " + quote(name) + " before the sunset date "
                                + quote(sunset.text()));
            } else {
                context.report("request-parameter-removed-with-deprecation", ChangeLevel.INFO, label, parameter,
                        after, "deleted the " + quote(in) + " request parameter " + quote(name)
                                + " with deprecation");
            }
            return;
        }
        context.report("request-parameter-removed", ChangeLevel.WARN, label, parameter, after,
                "deleted the " + quote(in) + " request parameter " + quote(name));
    }

    private void addedParameter(Side parameter, boolean pathLevel) {
        String in = parameter.node().path("in").asText();
        String name = parameter.node().path("name").asText();
        boolean required = parameter.node().path("required").asBoolean(false);
        if (pathLevel && !in.equals("path")) {
            // Added to the path item, so to every operation under it (oasdiff's own ids for it).
            context.report((required ? "new-required" : "new-optional") + "-request-default-parameter-to-existing-path",
                    required ? ChangeLevel.ERR : ChangeLevel.INFO, label, before, parameter,
                    "added the new " + (required ? "required" : "optional") + " " + quote(in)
                            + " request parameter " + quote(name) + " to all operations of the path");
        } else if (in.equals("path")) {
            context.report("new-request-path-parameter", ChangeLevel.ERR, label, before, parameter,
                    "added the new path request parameter " + quote(name));
        } else if (parameter.node().path("required").asBoolean(false)) {
            context.report("new-required-request-parameter", ChangeLevel.ERR, label, before, parameter,
                    "added the new required " + quote(in) + " request parameter " + quote(name));
        } else {
            context.report("new-optional-request-parameter", ChangeLevel.INFO, label, before, parameter,
                    "added the new optional " + quote(in) + " request parameter " + quote(name));
        }
    }

    /**
     * Lists of parameters merged, a later list's winning (the operation's over its path item's), keyed by
     * {@code in} and name.
     */
    private static Map<String, Side> parametersOf(JsonNode root, Side... lists) {
        Map<String, Side> parameters = new LinkedHashMap<>();
        for (Side list : lists) {
            for (int i = 0; i < list.node().size(); i++) {
                Side parameter = list.child(i).dereference(root);
                String key = parameter.node().path("in").asText() + " " + parameter.node().path("name").asText();
                parameters.put(key, parameter);
            }
        }
        return parameters;
    }

    private void requestBody() {
        Side was = before.child("requestBody").dereference(context.baseRoot());
        Side is = after.child("requestBody").dereference(context.revisionRoot());
        if (!was.exists() && !is.exists()) {
            return;
        }
        if (!was.exists()) {
            boolean required = is.node().path("required").asBoolean(false);
            context.report(required ? "request-body-added-required" : "request-body-added-optional",
                    required ? ChangeLevel.ERR : ChangeLevel.INFO, label, before, is,
                    required ? "added required request body" : "added optional request body");
            return;
        }
        if (!is.exists()) {
            context.report("request-body-removed", ChangeLevel.ERR, label, was, after, "removed the request body");
            return;
        }
        boolean wasRequired = was.node().path("required").asBoolean(false);
        boolean isRequired = is.node().path("required").asBoolean(false);
        if (!wasRequired && isRequired) {
            context.report("request-body-became-required", ChangeLevel.ERR, label, was, is.child("required"),
                    "request body became required");
        } else if (wasRequired && !isRequired) {
            context.report("request-body-became-optional", ChangeLevel.INFO, label, was.child("required"), is,
                    "request body became optional");
        }
        Side wasContent = was.child("content");
        Side isContent = is.child("content");
        for (Iterator<String> types = wasContent.node().fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (!isContent.child(type).exists()) {
                context.report("request-body-media-type-removed", ChangeLevel.ERR, label, wasContent.child(type),
                        isContent, "removed the media type " + quote(type) + " from the request body");
            } else {
                new SchemaDiff(context, label, SchemaDiff.Direction.REQUEST, "")
                        .compare(wasContent.child(type).child("schema"), isContent.child(type).child("schema"), type);
            }
        }
        for (Iterator<String> types = isContent.node().fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (!wasContent.child(type).exists()) {
                context.report("request-body-media-type-added", ChangeLevel.INFO, label, wasContent,
                        isContent.child(type), "added the media type " + quote(type) + " to the request body");
            }
        }
    }

    private void responses() {
        Side was = before.child("responses");
        Side is = after.child("responses");
        for (Iterator<String> codes = was.node().fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            boolean success = code.startsWith("2") || code.startsWith("3");
            if (!is.child(code).exists()) {
                context.report(success ? "response-success-status-removed" : "response-non-success-status-removed",
                        success ? ChangeLevel.ERR : ChangeLevel.INFO, label, was.child(code), is,
                        "removed the " + (success ? "success" : "non-success") + " response with the status "
                                + quote(code));
            } else {
                new ResponseDiff(context, label, code,
                        was.child(code).dereference(context.baseRoot()),
                        is.child(code).dereference(context.revisionRoot())).compare();
            }
        }
        for (Iterator<String> codes = is.node().fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            boolean success = code.startsWith("2") || code.startsWith("3");
            if (!was.child(code).exists()) {
                context.report(success ? "response-success-status-added" : "response-non-success-status-added",
                        ChangeLevel.INFO, label, was, is.child(code), "added the " + (success ? "success"
                                : "non-success") + " response with the status " + quote(code));
            }
        }
    }
}
