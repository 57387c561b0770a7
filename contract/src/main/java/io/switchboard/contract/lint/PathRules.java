package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.ERROR;
import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.OpenApiWalk;
import io.switchboard.flow.source.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules about path keys and the parameters their templates declare. */
final class PathRules {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]*)}");

    private PathRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.recommended("path-params", ERROR,
                        "Path parameters must be defined and valid.", PathRules::pathParams),
                Rule.recommended("path-declarations-must-exist", WARN,
                        "Path parameter declarations must not be empty, ex.\"/given/{}\" is invalid.",
                        context -> eachPath(context, path -> path.contains("{}"),
                                "Path parameter declarations must not be empty, ex.\"/given/{}\" is invalid.")),
                Rule.recommended("path-keys-no-trailing-slash", WARN, "Path must not end with slash.",
                        context -> eachPath(context, path -> path.length() > 1 && path.endsWith("/"),
                                "Path must not end with slash.")),
                Rule.recommended("path-not-include-query", WARN, "Path must not include query string.",
                        context -> eachPath(context, path -> path.contains("?"),
                                "Path must not include query string.")));
    }

    private static void eachPath(LintContext context, java.util.function.Predicate<String> bad, String message) {
        for (Iterator<String> paths = context.root().path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            if (bad.test(path)) {
                context.report(JsonPointers.child("/paths", path), message);
            }
        }
    }

    private static void pathParams(LintContext context) {
        JsonNode paths = context.root().path("paths");
        Map<String, String> normalised = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = entry.getKey();
            String pointer = JsonPointers.child("/paths", path);
            String earlier = normalised.putIfAbsent(TEMPLATE_VARIABLE.matcher(path).replaceAll("%"), path);
            if (earlier != null) {
                context.report(pointer, "Paths \"" + earlier + "\" and \"" + path + "\" must not be equivalent.");
            }
            Set<String> variables = templateVariables(context, path, pointer);
            if (entry.getValue().isObject()) {
                checkItem(context, path, pointer, entry.getValue(), variables);
            }
        }
    }

    private static Set<String> templateVariables(LintContext context, String path, String pointer) {
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = TEMPLATE_VARIABLE.matcher(path);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!name.isEmpty() && !variables.add(name)) {
                context.report(pointer, "Path \"" + path + "\" must not use parameter \"{" + name
                        + "}\" multiple times.");
            }
        }
        return variables;
    }

    private static void checkItem(LintContext context, String path, String pointer, JsonNode item,
                                  Set<String> variables) {
        Map<String, String> itemParameters = definedPathParameters(context, item.path("parameters"),
                pointer + "/parameters", path, variables);
        for (String method : OpenApiWalk.METHODS) {
            JsonNode operation = item.get(method);
            if (operation == null || !operation.isObject()) {
                continue;
            }
            String operationPointer = JsonPointers.child(pointer, method);
            Map<String, String> all = new LinkedHashMap<>(itemParameters);
            all.putAll(definedPathParameters(context, operation.path("parameters"),
                    operationPointer + "/parameters", path, variables));
            for (String variable : variables) {
                if (!all.containsKey(variable)) {
                    context.report(operationPointer, "Operation must define parameter \"{" + variable
                            + "}\" as expected by path \"" + path + "\".");
                }
            }
        }
    }

    /** The path parameters defined at one level, by name; reports the problems of each definition itself. */
    private static Map<String, String> definedPathParameters(LintContext context, JsonNode parameters,
                                                             String pointer, String path, Set<String> variables) {
        Map<String, String> defined = new LinkedHashMap<>();
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = context.dereference(parameters.get(i));
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            String at = JsonPointers.child(pointer, i);
            if (!parameter.path("required").asBoolean(false)) {
                context.report(at, "Path parameter \"" + name + "\" must have \"required\" property that is set "
                        + "to \"true\".");
            }
            if (defined.putIfAbsent(name, at) != null && !reported.contains(name)) {
                reported.add(name);
                context.report(at, "Path parameter \"" + name + "\" must not be defined multiple times.");
            }
            if (!variables.contains(name)) {
                context.report(at, "Parameter \"" + name + "\" must be used in path \"" + path + "\".");
            }
        }
        return defined;
    }
}
