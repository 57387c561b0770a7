package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.ERROR;
import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.OpenApiVersion;
import io.switchboard.contract.model.NodePath;
import io.switchboard.contract.model.Operation;
import io.switchboard.contract.refs.Reference;
import io.switchboard.flow.source.JsonPointers;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules about components, security, examples, callbacks and webhooks. */
final class ComponentRules {

    private static final List<String> REFERABLE = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks");
    private static final Pattern RUNTIME_EXPRESSION = Pattern.compile(
            "^\\$(url|method|statusCode|request\\.(header\\.[^\\s]+|query\\.[^\\s]+|path\\.[^\\s]+|body(#.*)?)"
                    + "|response\\.(header\\.[^\\s]+|body(#.*)?))$");

    private ComponentRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.recommended("oas3-unused-component", WARN, "Potentially unused component has been detected.",
                        ComponentRules::unused),
                Rule.recommended("oas3-examples-value-or-externalValue", WARN,
                        "Examples must have either \"value\" or \"externalValue\" field.", ComponentRules::examples),
                VisitingRule.optional("oas3-parameter-description", WARN,
                        "Parameter objects must have \"description\".", ComponentRules::parameterDescriptions),
                Rule.recommended("oas3-operation-security-defined", WARN,
                        "Operation \"security\" values must match a scheme defined in the "
                                + "\"components.securitySchemes\" object.", ComponentRules::securityDefined),
                Rule.recommended("oas3-callbacks-in-callbacks", WARN, "Callbacks should not be defined within a "
                        + "callback", ComponentRules::callbacksInCallbacks),
                VisitingRule.recommended("oas3-links-parameters-expression", ERROR,
                        "Link parameters must be runtime expressions.", ComponentRules::linkExpressions),
                Rule.recommended("oas3_1-servers-in-webhook", WARN, "Servers should not be defined in a webhook.",
                        context -> webhookField(context, "servers", "Servers should not be defined in a webhook."))
                        .only(OpenApiVersion.V3_1),
                Rule.recommended("oas3_1-callbacks-in-webhook", WARN, "Callbacks should not be defined in a "
                        + "webhook.", context -> webhookField(context, "callbacks",
                        "Callbacks should not be defined in a webhook.")).only(OpenApiVersion.V3_1));
    }

    private static void unused(LintContext context) {
        Set<String> used = new HashSet<>();
        for (Reference reference : context.references().all()) {
            if (reference.isLocal()) {
                for (String target = reference.pointer(); !target.isEmpty(); target = JsonPointers.parent(target)) {
                    if (!used.add(target)) {
                        break;
                    }
                }
            }
        }
        JsonNode components = context.root().path("components");
        for (String kind : REFERABLE) {
            for (Iterator<String> names = components.path(kind).fieldNames(); names.hasNext(); ) {
                String pointer = JsonPointers.child("/components/" + kind, names.next());
                if (!used.contains(pointer)) {
                    context.report(pointer, "Potentially unused component has been detected.");
                }
            }
        }
    }

    private static void examples(LintContext context) {
        DocumentWalkOfExamples.each(context.root(), (pointer, example) -> {
            boolean value = example.has("value");
            boolean external = example.has("externalValue");
            if (value == external && !example.has("$ref")) {
                context.report(pointer, "Examples must have either \"value\" or \"externalValue\" field.");
            }
        });
    }

    private static void parameterDescriptions(LintContext context, NodePath path, JsonNode node) {
        boolean parameterList = "parameters".equals(path.parent() == null ? null : path.parent().key())
                || "parameters".equals(path.key());
        if (node.has("in") && node.has("name") && !Truthy.test(node.get("description"))
                && path.parent() != null && parameterList) {
            context.report(path.pointer(), "Parameter objects must have \"description\".");
        }
    }

    private static void securityDefined(LintContext context) {
        JsonNode schemes = context.root().path("components").path("securitySchemes");
        checkRequirements(context, schemes, context.root().path("security"), "/security", "API");
        for (Operation operation : context.operations()) {
            checkRequirements(context, schemes, operation.node().path("security"), operation.pointer() + "/security",
                    "Operation");
        }
    }

    private static void checkRequirements(LintContext context, JsonNode schemes, JsonNode requirements,
                                          String pointer, String owner) {
        for (int i = 0; i < requirements.size(); i++) {
            for (Iterator<Map.Entry<String, JsonNode>> it = requirements.get(i).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> requirement = it.next();
                String at = JsonPointers.child(pointer + "/" + i, requirement.getKey());
                JsonNode scheme = schemes.get(requirement.getKey());
                if (scheme == null) {
                    context.report(at, owner + " \"security\" values must match a scheme defined in the "
                            + "\"components.securitySchemes\" object.");
                    continue;
                }
                Set<String> scopes = new HashSet<>();
                scheme.path("flows").forEach(flow -> flow.path("scopes").fieldNames().forEachRemaining(scopes::add));
                JsonNode wanted = requirement.getValue();
                for (int s = 0; s < wanted.size(); s++) {
                    if (!scopes.contains(wanted.get(s).asText())) {
                        context.report(at + "/" + s, "\"" + wanted.get(s).asText() + "\" must be listed among "
                                + "scopes.");
                    }
                }
            }
        }
    }

    private static void callbacksInCallbacks(LintContext context) {
        for (Operation operation : context.operations()) {
            JsonNode callbacks = operation.node().path("callbacks");
            for (Iterator<Map.Entry<String, JsonNode>> named = callbacks.fields(); named.hasNext(); ) {
                Map.Entry<String, JsonNode> callback = named.next();
                for (Iterator<Map.Entry<String, JsonNode>> items = callback.getValue().fields(); items.hasNext(); ) {
                    Map.Entry<String, JsonNode> item = items.next();
                    for (Iterator<Map.Entry<String, JsonNode>> ops = item.getValue().fields(); ops.hasNext(); ) {
                        Map.Entry<String, JsonNode> inner = ops.next();
                        if (inner.getValue().has("callbacks")) {
                            String pointer = JsonPointers.child(JsonPointers.child(JsonPointers.child(
                                    operation.pointer() + "/callbacks", callback.getKey()), item.getKey()),
                                    inner.getKey()) + "/callbacks";
                            context.report(pointer, "Callbacks should not be defined within a callback");
                        }
                    }
                }
            }
        }
    }

    private static void linkExpressions(LintContext context, NodePath path, JsonNode node) {
        if (path.parent() == null || !"links".equals(path.parent().key())) {
            return;
        }
        JsonNode parameters = node.path("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> parameter = it.next();
            String value = parameter.getValue().isTextual() ? parameter.getValue().asText() : "";
            if (value.startsWith("$") && !RUNTIME_EXPRESSION.matcher(value).matches()) {
                context.report(path.child("parameters").child(parameter.getKey()).pointer(),
                        "\"" + value + "\" is not a valid runtime expression.");
            }
        }
    }

    private static void webhookField(LintContext context, String field, String message) {
        for (Operation operation : io.switchboard.contract.model.OpenApiWalk.webhookOperations(context.root())) {
            if (operation.node().has(field)) {
                context.report(operation.pointer() + "/" + field, message);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = context.root().path("webhooks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> hook = it.next();
            if (field.equals("servers") && hook.getValue().has("servers")) {
                context.report(JsonPointers.child("/webhooks", hook.getKey()) + "/servers", message);
            }
        }
    }
}
