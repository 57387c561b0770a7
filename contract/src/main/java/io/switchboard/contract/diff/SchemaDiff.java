package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a schema between versions, property by property. What breaks depends on the direction: a request schema
 * breaks clients when it accepts less (a new required property, a lower maximum), a response schema when it promises
 * less (a property no longer required, a new enum value, null now possible).
 */
final class SchemaDiff {

    enum Direction { REQUEST, RESPONSE }

    private final DiffContext context;
    private final String label;
    private final Direction direction;
    private final String status;
    private final Set<String> visited;
    /** Whether the body is JSON (strongly typed) or text, XML, a form (where a value is read as text anyway). */
    private boolean looselyTyped;

    SchemaDiff(DiffContext context, String label, Direction direction, String status) {
        this(context, label, direction, status, new HashSet<>());
    }

    private SchemaDiff(DiffContext context, String label, Direction direction, String status, Set<String> visited) {
        this.context = context;
        this.label = label;
        this.direction = direction;
        this.status = status;
        this.visited = visited;
    }

    /** A body's schema under its media type: JSON is strongly typed, XML, text and forms are read as text. */
    void compare(Side before, Side after, String mediaType) {
        String essence = MediaTypeNames.essence(mediaType);
        looselyTyped = !essence.equals("application/json") && !essence.endsWith("+json");
        String prefix = direction == Direction.REQUEST ? "request-body" : "response-body";
        String subject = direction == Direction.REQUEST ? "the request's body" : "the response's body";
        if (before.exists() != after.exists()) {
            // A media type without a schema takes (or gives) anything: a schema added restricts a request, one
            // removed leaves a response's readers without a promise.
            boolean added = after.exists();
            report(prefix, "media-type-schema-" + (added ? "added" : "removed"), request()
                            ? (added ? ChangeLevel.ERR : ChangeLevel.INFO) : (added ? ChangeLevel.INFO : ChangeLevel.WARN),
                    before, after, (added ? "added a schema to " : "removed the schema of ") + subject);
            return;
        }
        compareSchema(before, after, new Subject(prefix, subject, ""));
        drain();
    }

    void compareParameter(Side before, Side after, String in, String name) {
        compareSchema(before, after, new Subject("request-parameter",
                "the " + quote(in) + " request parameter " + quote(name), "", in));
        drain();
    }

    /** Two schemas still to compare: nested schemas wait here instead of on the stack, however deep they go. */
    private record Pending(Side before, Side after, Subject subject) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();

    private void compareSchema(Side before, Side after, Subject subject) {
        pending.add(new Pending(before, after, subject));
    }

    private void drain() {
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            compareNow(next.before(), next.after(), next.subject());
        }
    }

    /**
     * What the messages name: a body, a parameter, or a property at a path inside one.
     *
     * @param parameterIn where the parameter goes ({@code header}, {@code query}…) when the schema is a parameter's
     */
    private record Subject(String prefix, String text, String propertyPath, String parameterIn) {

        Subject(String prefix, String text, String propertyPath) {
            this(prefix, text, propertyPath, null);
        }

        Subject property(Direction direction, String path) {
            if (parameterIn != null) {
                return new Subject(PARAMETER_PROPERTY, "the property " + quote(path) + " of " + text, path,
                        parameterIn);
            }
            String side = direction == Direction.REQUEST ? "request" : "response";
            return new Subject(side + "-property", "the " + side + " property " + quote(path), path);
        }

        boolean inParameter() {
            return parameterIn != null;
        }

        boolean inHeader() {
            return "header".equals(parameterIn);
        }
    }

    /**
     * Properties inside a parameter's schema: oasdiff checks only their types, enums and nullability there (and, in
     * a header, new or newly required properties and enums); the other checks are not reported for them.
     */
    static final String PARAMETER_PROPERTY = "request-parameter-property";

    private void compareNow(Side rawBefore, Side rawAfter, Subject subject) {
        Side before = rawBefore.dereference(context.baseRoot());
        Side after = rawAfter.dereference(context.revisionRoot());
        if (!before.exists() || !after.exists() || !before.node().isObject() || !after.node().isObject()) {
            return;
        }
        if (context.same(before, after) || !visited.add(before.pointer() + "|" + after.pointer())) {
            return;
        }
        if (subject.propertyPath().isEmpty() && subject.prefix().endsWith("-body") && wrappedInOneOf(before, after)) {
            return;
        }
        types(before, after, subject);
        defaults(before, after, subject);
        nullable(before, after, subject);
        enums(before, after, subject);
        extensibleEnum(before, after, subject);
        pattern(before, after, subject);
        Bounds.compare(this, before, after, subject.prefix(), subject.text());
        ClosedObjects.compare(this, before, after, subject.prefix(), subject.text());
        Keywords2020.compare(this, before, after, subject.prefix(), subject.text());
        Discriminators.compare(this, before, after, subject.prefix(), subject.text());
        composition(before, after, subject);
        properties(before, after, subject);
        Side beforeItems = before.child("items");
        Side afterItems = after.child("items");
        if (beforeItems.exists() && afterItems.exists()) {
            String path = subject.propertyPath().isEmpty() ? "items" : subject.propertyPath() + "/items";
            compareSchema(beforeItems, afterItems, subject.property(direction, path));
        }
        nested(before, after, subject);
    }

    /**
     * The schemas JSON Schema 2020-12 (OpenAPI 3.1) nests besides properties and items: each tuple position of
     * {@code prefixItems}, {@code contains}, and {@code additionalProperties} when it is a schema. Their changes are
     * reported with the property rules, at the nested place's path.
     */
    private void nested(Side before, Side after, Subject subject) {
        String base = subject.propertyPath().isEmpty() ? "" : subject.propertyPath() + "/";
        Side beforeTuple = before.child("prefixItems");
        Side afterTuple = after.child("prefixItems");
        if (beforeTuple.node().isArray() && afterTuple.node().isArray()) {
            for (int i = 0; i < Math.min(beforeTuple.node().size(), afterTuple.node().size()); i++) {
                compareSchema(beforeTuple.child(i), afterTuple.child(i),
                        subject.property(direction, base + "prefixItems/" + i));
            }
        }
        for (String keyword : NESTED) {
            Side was = before.child(keyword);
            Side is = after.child(keyword);
            if (was.node().isObject() && is.node().isObject()) {
                compareSchema(was, is, subject.property(direction, base + keyword));
            }
        }
        Side beforeDependents = before.child("dependentSchemas");
        Side afterDependents = after.child("dependentSchemas");
        for (Iterator<String> names = afterDependents.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (beforeDependents.node().path(name).isObject()) {
                compareSchema(beforeDependents.child(name), afterDependents.child(name),
                        subject.property(direction, base + "dependentSchemas/" + name));
            }
        }
    }

    /** Keywords whose value is one schema, compared in place (a boolean value is compared by ObjectShape). */
    private static final String[] NESTED = {"contains", "additionalProperties", "unevaluatedProperties",
        "unevaluatedItems", "propertyNames", "if", "then", "else", "contentSchema"};

    void report(String prefix, String suffix, ChangeLevel level, Side before, Side after, String message) {
        if (prefix.equals(PARAMETER_PROPERTY) && DiffRules.rule(prefix + "-" + suffix).isEmpty()) {
            return;
        }
        context.report(prefix + "-" + suffix, level, label, before, after, message + statusSuffix());
    }

    private String statusSuffix() {
        return direction == Direction.RESPONSE ? " for the status " + quote(status) : "";
    }

    boolean request() {
        return direction == Direction.REQUEST;
    }

    private void types(Side before, Side after, Subject subject) {
        Set<String> was = Schemas.types(before.node());
        Set<String> is = Schemas.types(after.node());
        if (!was.equals(is) && !was.isEmpty() && !is.isEmpty() && (was.size() > 1 || is.size() > 1)) {
            listOfTypes(before, after, subject, was, is);
            return;
        }
        if (!was.isEmpty() && !is.isEmpty() && !was.equals(is) && request() && generalizes(was, is)) {
            // A request that took integers and now takes any number (or more types besides) takes what it took.
            report(subject.prefix(), "type-generalized", ChangeLevel.INFO, before.child("type"), after.child("type"),
                    "the type of " + subject.text() + " was generalized from " + quote(String.join("/", was))
                            + " to " + quote(String.join("/", is)));
            return;
        }
        if (subject.prefix().equals(PARAMETER_PROPERTY) && !was.isEmpty() && !is.isEmpty() && !was.equals(is)) {
            // A parameter's property arrives as text: a wider type still reads it, a narrower one may not, and
            // another one depends on how the server parses it (oasdiff's warning).
            String change = generalizes(was, is) ? "type-generalized" : generalizes(is, was) ? "type-specialized"
                    : "type-changed";
            report(subject.prefix(), change, DiffRules.level(subject.prefix() + "-" + change), before.child("type"),
                    after.child("type"), "the type of " + subject.text() + " was changed from "
                            + quote(String.join("/", was)) + " to " + quote(String.join("/", is)));
            return;
        }
        if (!was.isEmpty() && !is.isEmpty() && !was.equals(is) && !request() && subject.prefix().startsWith("response")
                && (generalizes(was, is) || generalizes(is, was))) {
            // A response may now return more (integer to number: its readers break) or less (they do not).
            boolean wider = generalizes(was, is);
            report(subject.prefix(), wider ? "type-generalized" : "type-specialized",
                    wider ? ChangeLevel.ERR : ChangeLevel.INFO, before.child("type"), after.child("type"),
                    "the type of " + subject.text() + " was " + (wider ? "generalized" : "specialized") + " from "
                            + quote(String.join("/", was)) + " to " + quote(String.join("/", is)));
            return;
        }
        if (!was.isEmpty() && !is.isEmpty() && !was.equals(is) && looselyTyped && !subject.inParameter()
                && looseSwap(was, is)) {
            report(subject.prefix(), "type-compatible", ChangeLevel.INFO, before.child("type"), after.child("type"),
                    "the type of " + subject.text() + " was changed from " + quote(String.join("/", was)) + " to "
                            + quote(String.join("/", is)) + " (compatible: the body is read as text)");
            return;
        }
        if (!was.isEmpty() && !is.isEmpty() && !was.equals(is)) {
            report(subject.prefix(), "type-changed", ChangeLevel.ERR, before.child("type"), after.child("type"),
                    "the type of " + subject.text() + " was changed from " + quote(String.join("/", was)) + " to "
                            + quote(String.join("/", is)));
            return;
        }
        String wasFormat = before.node().path("format").asText("");
        String isFormat = after.node().path("format").asText("");
        if (!wasFormat.equals(isFormat) && !(wasFormat.isEmpty() && !request())) {
            report(subject.prefix(), "type-changed", subject.prefix().equals(PARAMETER_PROPERTY) ? ChangeLevel.WARN
                    : ChangeLevel.ERR, before.child("format"), after.child("format"),
                    "the format of " + subject.text() + " was changed from " + quote(wasFormat) + " to "
                            + quote(isFormat));
        }
    }

    /**
     * A list of types (3.1) that changed: a request narrows when it loses a type, a response widens when it gains
     * one (oasdiff's list-of-types rules, which take the place of type-changed here).
     */
    private void listOfTypes(Side before, Side after, Subject subject, Set<String> was, Set<String> is) {
        boolean narrowed = request() ? !is.containsAll(was) : was.containsAll(is);
        boolean breaks = request() == narrowed;
        if (subject.prefix().equals("request-property") && after.node().path("readOnly").asBoolean(false)) {
            return;
        }
        report(subject.prefix(), "list-of-types-" + (narrowed ? "narrowed" : "widened"),
                breaks ? ChangeLevel.ERR : ChangeLevel.INFO, before.child("type"), after.child("type"),
                "the types of " + subject.text() + " were " + (narrowed ? "narrowed" : "widened") + " from "
                        + quote(String.join("/", was)) + " to " + quote(String.join("/", is)));
    }

    /**
     * oasdiff's loose swap: in a body read as text, a request that now also takes a string still takes what it
     * took, and a response that no longer sends a string sends nothing its readers could not read.
     */
    private boolean looseSwap(Set<String> was, Set<String> is) {
        Set<String> moved = new java.util.LinkedHashSet<>(request() ? is : was);
        moved.removeAll(request() ? was : is);
        return moved.isEmpty() || moved.equals(Set.of("string"));
    }

    /** Whether every value of the types before is a value of the types after (integer is a number). */
    private static boolean generalizes(Set<String> was, Set<String> is) {
        for (String type : was) {
            if (!is.contains(type) && !(type.equals("integer") && is.contains("number"))) {
                return false;
            }
        }
        return true;
    }

    /** oasdiff: a request parameter's default changing breaks callers that relied on it; elsewhere it informs. */
    private void defaults(Side before, Side after, Subject subject) {
        JsonNode was = before.node().get("default");
        JsonNode is = after.node().get("default");
        if (was == null && is == null || was != null && was.equals(is)) {
            return;
        }
        ChangeLevel level = subject.prefix().equals("request-parameter") ? ChangeLevel.ERR : ChangeLevel.INFO;
        if (was == null) {
            report(subject.prefix(), "default-value-added", level, before, after.child("default"),
                    "added the default value " + quote(is) + " to " + subject.text());
        } else if (is == null) {
            report(subject.prefix(), "default-value-removed", level, before.child("default"), after,
                    "removed the default value " + quote(was) + " from " + subject.text());
        } else {
            report(subject.prefix(), "default-value-changed", level, before.child("default"), after.child("default"),
                    "changed the default value of " + subject.text() + " from " + quote(was) + " to " + quote(is));
        }
    }

    private void nullable(Side before, Side after, Subject subject) {
        boolean was = Schemas.nullable(before.node());
        boolean is = Schemas.nullable(after.node());
        if (was && !is) {
            report(subject.prefix(), "became-not-nullable", request() ? ChangeLevel.ERR : ChangeLevel.INFO,
                    before, after, subject.text() + " became not nullable");
        } else if (!was && is) {
            report(subject.prefix(), "became-nullable", request() ? ChangeLevel.INFO : ChangeLevel.ERR,
                    before, after, subject.text() + " became nullable");
        }
    }

    /**
     * The schema's enum; a {@code const} counts as an enum of one only beside an enum on the other side (a const
     * widened to an enum), since const changes have rules of their own (Keywords2020).
     */
    private static JsonNode enumOf(JsonNode schema, JsonNode other) {
        JsonNode values = schema.get("enum");
        if (values == null && schema.has("const") && other.has("enum")) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(schema.get("const"));
        }
        return values;
    }

    private void enums(Side before, Side after, Subject subject) {
        JsonNode was = enumOf(before.node(), after.node());
        JsonNode is = enumOf(after.node(), before.node());
        Side wasPlace = before.child(before.node().has("enum") ? "enum" : "const");
        Side isPlace = after.child(after.node().has("enum") ? "enum" : "const");
        if (was == null && is != null && request()) {
            report(subject.prefix(), "became-enum", ChangeLevel.ERR, before, isPlace,
                    subject.text() + " was restricted to a list of enum values");
            return;
        }
        if (was == null || is == null) {
            return;
        }
        Set<JsonNode> wasValues = new LinkedHashSet<>();
        was.forEach(wasValues::add);
        Set<JsonNode> isValues = new LinkedHashSet<>();
        is.forEach(isValues::add);
        boolean readOnlyInRequest = subject.prefix().equals("request-property")
                && after.node().path("readOnly").asBoolean(false);
        boolean writeOnlyInResponse = subject.prefix().equals("response-property")
                && after.node().path("writeOnly").asBoolean(false);
        for (JsonNode value : wasValues) {
            if (!isValues.contains(value)) {
                // oasdiff: a request body's own enum value removed informs, a parameter's or property's breaks,
                // unless the property is read-only (never sent); a response body's own has a name of its own.
                String prefix = readOnlyInRequest ? "request-read-only-property"
                        : subject.prefix().equals("response-body") ? "response-mediatype" : subject.prefix();
                report(prefix, "enum-value-removed", request() && !readOnlyInRequest
                                && !subject.prefix().equals("request-body") ? ChangeLevel.ERR : ChangeLevel.INFO,
                        wasPlace, isPlace,
                        "removed the enum value " + quote(value) + " from " + subject.text());
            }
        }
        for (JsonNode value : isValues) {
            if (!wasValues.contains(value)) {
                report(writeOnlyInResponse ? "response-write-only-property" : subject.prefix(), "enum-value-added",
                        request() || writeOnlyInResponse ? ChangeLevel.INFO : ChangeLevel.WARN, wasPlace, isPlace,
                        "added the new enum value " + quote(value) + " to " + subject.text());
            }
        }
    }

    /** {@code x-extensible-enum} (Zalando's open enum): a value removed from a request's breaks its senders. */
    private void extensibleEnum(Side before, Side after, Subject subject) {
        JsonNode was = before.node().path("x-extensible-enum");
        JsonNode is = after.node().path("x-extensible-enum");
        boolean requestSchema = subject.prefix().equals("request-parameter")
                || subject.prefix().equals("request-property") && !after.node().path("readOnly").asBoolean(false);
        if (!requestSchema || !was.isArray() || !is.isArray()) {
            return;
        }
        Set<JsonNode> values = new LinkedHashSet<>();
        is.forEach(values::add);
        for (JsonNode value : was) {
            if (!values.contains(value)) {
                report(subject.prefix(), "x-extensible-enum-value-removed", ChangeLevel.ERR,
                        before.child("x-extensible-enum"), after.child("x-extensible-enum"),
                        "removed the x-extensible-enum value " + quote(value) + " from " + subject.text());
            }
        }
    }

    private void pattern(Side before, Side after, Subject subject) {
        String was = before.node().path("pattern").asText("");
        String is = after.node().path("pattern").asText("");
        if (was.equals(is)) {
            return;
        }
        if (was.isEmpty()) {
            report(subject.prefix(), "pattern-added", request() ? ChangeLevel.ERR : ChangeLevel.INFO, before,
                    after.child("pattern"), "added the pattern " + quote(is) + " to " + subject.text());
        } else if (is.isEmpty()) {
            report(subject.prefix(), "pattern-removed", ChangeLevel.INFO,
                    before.child("pattern"), after, "removed the pattern " + quote(was) + " from " + subject.text());
        } else if (is.equals(".*") && (subject.prefix().equals("request-parameter")
                || subject.prefix().equals("request-property"))) {
            report(subject.prefix(), "pattern-generalized", ChangeLevel.INFO, before.child("pattern"),
                    after.child("pattern"), "the pattern of " + subject.text() + " was generalized from "
                            + quote(was) + " to " + quote(is));
        } else {
            report(subject.prefix(), "pattern-changed", request() ? ChangeLevel.WARN : ChangeLevel.INFO,
                    before.child("pattern"),
                    after.child("pattern"), "changed the pattern of " + subject.text() + " from " + quote(was)
                            + " to " + quote(is));
        }
    }

    private void composition(Side before, Side after, Subject subject) {
        for (String keyword : new String[] {"oneOf", "anyOf", "allOf"}) {
            Map<String, Side> was = members(before.child(keyword), context.baseRoot());
            Map<String, Side> is = members(after.child(keyword), context.revisionRoot());
            String id = keyword.equals("oneOf") ? "one-of" : keyword.equals("anyOf") ? "any-of" : "all-of";
            for (Map.Entry<String, Side> member : was.entrySet()) {
                if (!is.containsKey(member.getKey()) && annotationOnly(keyword, member.getValue(), subject,
                        context.baseRoot())) {
                    report(subject.prefix(), id + "-removed-annotation-only", ChangeLevel.INFO, member.getValue(),
                            after.child(keyword), "removed a member that only annotates (" + quote(member.getKey())
                                    + ") from the allOf list of " + subject.text());
                } else if (!is.containsKey(member.getKey())) {
                    ChangeLevel level = DiffRules.compositionLevel(keyword, request(), false);
                    report(subject.prefix(), id + "-removed", level, member.getValue(), after.child(keyword),
                            "removed " + quote(member.getKey()) + " from the " + keyword + " list of "
                                    + subject.text());
                } else {
                    compareSchema(member.getValue(), is.get(member.getKey()), subject);
                }
            }
            for (Map.Entry<String, Side> member : is.entrySet()) {
                if (!was.containsKey(member.getKey()) && annotationOnly(keyword, member.getValue(), subject,
                        context.revisionRoot())) {
                    report(subject.prefix(), id + "-added-annotation-only", ChangeLevel.INFO, before.child(keyword),
                            member.getValue(), "added a member that only annotates (" + quote(member.getKey())
                                    + ") to the allOf list of " + subject.text());
                } else if (!was.containsKey(member.getKey())) {
                    ChangeLevel level = DiffRules.compositionLevel(keyword, request(), true);
                    report(subject.prefix(), id + "-added", level, before.child(keyword), member.getValue(),
                            "added " + quote(member.getKey()) + " to the " + keyword + " list of " + subject.text());
                }
            }
        }
    }

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "example", "examples",
            "externalDocs", "$comment");

    /** An allOf member that constrains nothing ({@code allOf: [{title: …}]}): oasdiff's annotation-only rules. */
    private static boolean annotationOnly(String keyword, Side member, Subject subject, JsonNode root) {
        if (!keyword.equals("allOf") || subject.prefix().equals("request-parameter")) {
            return false;
        }
        JsonNode schema = member.dereference(root).node();
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            if (!ANNOTATIONS.contains(names.next())) {
                return false;
            }
        }
        return schema.isObject();
    }

    /** Members of a composition keyed by what they are: a referenced schema's name, or their own text. */
    private static Map<String, Side> members(Side list, JsonNode root) {
        Map<String, Side> members = new LinkedHashMap<>();
        for (int i = 0; i < list.node().size(); i++) {
            Side member = list.child(i);
            JsonNode ref = member.node().get("$ref");
            String key = ref != null && ref.isTextual()
                    ? ref.asText().substring(ref.asText().lastIndexOf('/') + 1)
                    : "#" + i + " " + Schemas.describe(member.node());
            members.put(key, member);
        }
        return members;
    }

    private void properties(Side before, Side after, Subject subject) {
        Set<String> wasRequired = Schemas.required(before.node());
        Set<String> isRequired = Schemas.required(after.node());
        Side wasProperties = before.child("properties");
        Side isProperties = after.child("properties");
        if (subject.inParameter()) {
            parameterProperties(before, after, subject, wasRequired, isRequired);
            return;
        }
        for (Iterator<String> names = wasProperties.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Side was = wasProperties.child(name);
            Side is = isProperties.child(name);
            String path = subject.propertyPath().isEmpty() ? name : subject.propertyPath() + "/" + name;
            if (!is.exists()) {
                removedProperty(was, isProperties, path, wasRequired.contains(name));
                continue;
            }
            requiredness(was, is, path, wasRequired.contains(name), isRequired.contains(name), before, after);
            Side wasResolved = was.dereference(context.baseRoot());
            Side isResolved = is.dereference(context.revisionRoot());
            accessFlags(wasResolved, isResolved, path, wasRequired.contains(name));
            lifecycle(wasResolved, isResolved, subject.property(direction, path).text());
            compareSchema(was, is, subject.property(direction, path));
        }
        for (Iterator<String> names = isProperties.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!wasProperties.child(name).exists()) {
                addedProperty(isProperties.child(name), wasProperties,
                        subject.propertyPath().isEmpty() ? name : subject.propertyPath() + "/" + name,
                        isRequired.contains(name));
            }
        }
    }

    /** The properties of a parameter's object schema: compared in place; a header's gaining demands breaks. */
    private void parameterProperties(Side before, Side after, Subject subject, Set<String> wasRequired,
                                     Set<String> isRequired) {
        Side wasProperties = before.child("properties");
        Side isProperties = after.child("properties");
        for (Iterator<String> names = isProperties.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String path = subject.propertyPath().isEmpty() ? name : subject.propertyPath() + "/" + name;
            Side is = isProperties.child(name);
            boolean readOnly = is.dereference(context.revisionRoot()).node().path("readOnly").asBoolean(false);
            if (!wasProperties.child(name).exists()) {
                if (subject.inHeader() && isRequired.contains(name) && !readOnly) {
                    report("new-required-request-header", "property", ChangeLevel.ERR, wasProperties, is,
                            "added the new required property " + quote(path) + " to " + subject.text());
                }
                continue;
            }
            if (subject.inHeader() && !wasRequired.contains(name) && isRequired.contains(name) && !readOnly) {
                report("request-header-property", "became-required", ChangeLevel.ERR, before.child("required"),
                        after.child("required"), "the property " + quote(path) + " of " + subject.text()
                                + " became required");
            }
            Side wasResolved = wasProperties.child(name).dereference(context.baseRoot());
            Side isResolved = is.dereference(context.revisionRoot());
            if (subject.inHeader() && !wasResolved.node().has("enum") && isResolved.node().has("enum")) {
                report("request-header-property", "became-enum", ChangeLevel.ERR, wasResolved,
                        isResolved.child("enum"), "the property " + quote(path) + " of " + subject.text()
                                + " was restricted to a list of enum values");
            }
            compareSchema(wasProperties.child(name), is, subject.property(direction, path));
        }
    }

    /**
     * A body that became a oneOf of shapes carrying its properties (oasdiff's wrapped-in-one-of): one breaking
     * change, in place of every property it moved; a property no alternative carries is still removed.
     */
    private boolean wrappedInOneOf(Side before, Side after) {
        JsonNode alternatives = after.node().path("oneOf");
        if (!before.node().path("properties").isObject() || before.node().has("oneOf") || !alternatives.isArray()
                || alternatives.isEmpty() || after.node().has("properties") || after.node().has("type")) {
            return false;
        }
        Set<String> carried = new java.util.HashSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            Side alternative = after.child("oneOf").child(i).dereference(context.revisionRoot());
            if (!alternative.exists()) {
                return false;
            }
            alternative.node().path("properties").fieldNames().forEachRemaining(carried::add);
        }
        Side properties = before.child("properties");
        List<String> names = new ArrayList<>();
        properties.node().fieldNames().forEachRemaining(names::add);
        if (names.stream().noneMatch(carried::contains)) {
            return false;
        }
        String prefix = request() ? "request-body" : "response-body";
        report(prefix, "wrapped-in-one-of", ChangeLevel.ERR, before, after.child("oneOf"), "the "
                + (request() ? "request's" : "response's") + " body was wrapped in a oneOf of "
                + alternatives.size() + " shapes");
        Set<String> required = Schemas.required(before.node());
        for (String name : names) {
            if (!carried.contains(name)) {
                removedProperty(properties.child(name), after, name, required.contains(name));
            }
        }
        return true;
    }

    /** A property's deprecation, sunset and x-stability-level, as oasdiff reads an operation's. */
    private void lifecycle(Side was, Side is, String subject) {
        String side = request() ? "request-property" : "response-property";
        boolean wasDeprecated = was.node().path("deprecated").asBoolean(false);
        boolean isDeprecated = is.node().path("deprecated").asBoolean(false);
        if (!wasDeprecated && isDeprecated) {
            Sunset sunset = Sunset.of(is.node());
            if (sunset.unreadable()) {
                report(side, "deprecated-sunset-invalid", ChangeLevel.ERR, was, is.child("x-sunset"),
                        subject + " was deprecated with a sunset date that cannot be read: " + quote(sunset.text()));
            } else if (!sunset.present() && context.minSunsetDays() > 0) {
                report(side, "deprecated-sunset-missing", ChangeLevel.ERR, was, is.child("deprecated"),
                        subject + " was deprecated without a sunset date (at least " + context.minSunsetDays()
                                + " days are required)");
            } else if (sunset.tooSoon(context.today(), context.minSunsetDays())) {
                report(side, "sunset-date-too-small", ChangeLevel.ERR, was, is.child("x-sunset"),
                        subject + " was deprecated with the sunset date " + quote(sunset.text()) + ", fewer than "
                                + context.minSunsetDays() + " days away");
            } else if (sunset.present()) {
                report(side, "deprecated-with-sunset", ChangeLevel.INFO, was, is.child("deprecated"),
                        subject + " was deprecated with the sunset date " + quote(sunset.text()));
            } else {
                report(side, "deprecated", ChangeLevel.INFO, was, is.child("deprecated"), subject + " was deprecated");
            }
        } else if (wasDeprecated && !isDeprecated) {
            report(side, "reactivated", ChangeLevel.INFO, was.child("deprecated"), is,
                    subject + " is no longer deprecated");
        }
        int wasLevel = OperationDiff.stabilityRank(was.node().get("x-stability-level"));
        int isLevel = OperationDiff.stabilityRank(is.node().get("x-stability-level"));
        if (wasLevel >= 0 && isLevel >= 0 && wasLevel != isLevel) {
            boolean decreased = isLevel < wasLevel;
            report(side, "stability-" + (decreased ? "decreased" : "increased"),
                    decreased ? ChangeLevel.ERR : ChangeLevel.INFO, was.child("x-stability-level"),
                    is.child("x-stability-level"), "the stability level of " + subject + " "
                            + (decreased ? "decreased" : "increased") + " from "
                            + quote(was.node().path("x-stability-level")) + " to "
                            + quote(is.node().path("x-stability-level")));
        }
    }

    /** oasdiff's read-only and write-only transitions, named by whether the property was required before. */
    private void accessFlags(Side was, Side is, String path, boolean wasRequired) {
        String side = request() ? "request" : "response";
        String kind = wasRequired ? "required" : "optional";
        for (String flag : new String[] {"writeOnly", "readOnly"}) {
            boolean before = was.node().path(flag).asBoolean(false);
            boolean after = is.node().path(flag).asBoolean(false);
            if (before == after) {
                continue;
            }
            String words = flag.equals("writeOnly") ? "write-only" : "read-only";
            String id = side + "-" + kind + "-property-became-" + (after ? "" : "not-") + words;
            report(side + "-" + kind + "-property", "became-" + (after ? "" : "not-") + words, DiffRules.level(id),
                    was, is, "the " + kind + " " + side + " property " + quote(path) + " became "
                            + (after ? "" : "not ") + words);
        }
    }

    private void removedProperty(Side was, Side isProperties, String path, boolean required) {
        JsonNode schema = was.dereference(context.baseRoot()).node();
        if (request()) {
            if (!schema.path("readOnly").asBoolean(false)) {
                report("request-property", "removed", ChangeLevel.WARN, was, isProperties,
                        "removed the request property " + quote(path));
            }
        } else {
            // A write-only property was never sent back: its removal informs.
            boolean writeOnly = schema.path("writeOnly").asBoolean(false);
            String kind = required ? "required" : "optional";
            report("response-" + kind + (writeOnly ? "-write-only" : "") + "-property", "removed",
                    writeOnly ? ChangeLevel.INFO : required ? ChangeLevel.ERR : ChangeLevel.WARN, was, isProperties,
                    "removed the " + kind + (writeOnly ? " write-only" : "") + " property " + quote(path)
                            + " from the response");
        }
    }

    private void addedProperty(Side is, Side wasProperties, String path, boolean required) {
        JsonNode schema = is.dereference(context.revisionRoot()).node();
        if (request()) {
            if (schema.path("readOnly").asBoolean(false)) {
                return;
            }
            if (required) {
                report(schema.has("default") ? "new-required-request-property-with" : "new-required-request",
                        schema.has("default") ? "default" : "property",
                        ChangeLevel.ERR, wasProperties, is,
                        "added the new required request property " + quote(path));
            } else {
                report("new-optional-request", "property", ChangeLevel.INFO, wasProperties, is,
                        "added the new optional request property " + quote(path));
            }
        } else {
            String kind = (required ? "required" : "optional")
                    + (schema.path("writeOnly").asBoolean(false) ? "-write-only" : "");
            report("response-" + kind + "-property", "added", ChangeLevel.INFO, wasProperties, is,
                    "added the " + kind.replace('-', ' ') + " property " + quote(path) + " to the response");
        }
    }

    private void requiredness(Side was, Side is, String path, boolean wasRequired, boolean isRequired,
                              Side beforeSchema, Side afterSchema) {
        if (wasRequired == isRequired) {
            return;
        }
        String side = request() ? "request" : "response";
        JsonNode schema = is.dereference(context.revisionRoot()).node();
        if (request() && schema.path("readOnly").asBoolean(false)) {
            return; // never sent: whether it is required does not matter to a sender
        }
        if (!request() && schema.path("writeOnly").asBoolean(false)) {
            report("response-write-only-property", isRequired ? "became-required" : "became-optional",
                    ChangeLevel.INFO, beforeSchema.child("required"), afterSchema.child("required"),
                    "the write-only response property " + quote(path) + " became "
                            + (isRequired ? "required" : "optional"));
            return;
        }
        if (isRequired && request() && schema.has("default")) {
            report("request-property", "became-required-with-default", DiffRules.level(
                            "request-property-became-required-with-default"), beforeSchema.child("required"),
                    afterSchema.child("required"), "the request property " + quote(path)
                            + " became required (it has a default value)");
            return;
        }
        if (isRequired) {
            report(side + "-property", "became-required", request() ? ChangeLevel.ERR : ChangeLevel.INFO,
                    beforeSchema.child("required"), afterSchema.child("required"),
                    "the " + side + " property " + quote(path) + " became required");
        } else {
            report(side + "-property", "became-optional", request() ? ChangeLevel.INFO : ChangeLevel.ERR,
                    beforeSchema.child("required"), afterSchema.child("required"),
                    "the " + side + " property " + quote(path) + " became optional");
        }
    }
}
