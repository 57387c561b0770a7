package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.ERROR;
import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.model.Operation;
import io.switchboard.flow.source.JsonPointers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules about server objects and their URL templates. */
final class ServerRules {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private ServerRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.recommended("oas3-api-servers", WARN, "OpenAPI \"servers\" must be present and non-empty array.",
                        context -> {
                            JsonNode servers = context.root().get("servers");
                            if (servers == null || !servers.isArray() || servers.isEmpty()) {
                                context.report(servers == null ? "" : "/servers",
                                        "OpenAPI \"servers\" must be present and non-empty array.");
                            }
                        }),
                Rule.recommended("oas3-server-trailing-slash", WARN, "Server URL must not have trailing slash.",
                        context -> topLevelUrls(context, (pointer, url) -> {
                            if (url.length() > 1 && url.endsWith("/")) {
                                context.report(pointer, "Server URL must not have trailing slash.");
                            }
                        })),
                Rule.optional("oas3-server-not-example.com", WARN, "Server URL must not point at example.com.",
                        context -> topLevelUrls(context, (pointer, url) -> {
                            if (url.contains("example.com")) {
                                context.report(pointer, "Server URL must not point at example.com.");
                            }
                        })),
                Rule.recommended("oas3-server-variables", ERROR,
                        "Server variables must be defined and valid and there must be no unused variables.",
                        ServerRules::variables));
    }

    private static void topLevelUrls(LintContext context, BiConsumer<String, String> check) {
        JsonNode servers = context.root().path("servers");
        for (int i = 0; i < servers.size(); i++) {
            JsonNode url = servers.get(i).get("url");
            if (url != null && url.isTextual()) {
                check.accept("/servers/" + i + "/url", url.asText());
            }
        }
    }

    private static void variables(LintContext context) {
        List<String> lists = new ArrayList<>(List.of("/servers"));
        for (Iterator<String> paths = context.root().path("paths").fieldNames(); paths.hasNext(); ) {
            lists.add(JsonPointers.child("/paths", paths.next()) + "/servers");
        }
        for (Operation operation : context.operations()) {
            lists.add(operation.pointer() + "/servers");
        }
        for (String list : lists) {
            JsonNode servers = context.root().at(list);
            for (int i = 0; i < servers.size(); i++) {
                checkServer(context, list + "/" + i, servers.get(i));
            }
        }
    }

    private static void checkServer(LintContext context, String pointer, JsonNode server) {
        String url = server.path("url").asText("");
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(url);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        JsonNode variables = server.path("variables");
        List<String> missing = new ArrayList<>();
        for (String name : used) {
            if (!variables.has(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            context.report(pointer, "Not all server's variables are described with \"variables\" object. Missed: "
                    + String.join(", ", missing) + ".");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String at = JsonPointers.child(pointer + "/variables", variable.getKey());
            if (!used.contains(variable.getKey())) {
                context.report(at, "Server's \"variables\" object has unused defined \"" + variable.getKey()
                        + "\" url variable.");
            }
            JsonNode defaultValue = variable.getValue().get("default");
            JsonNode values = variable.getValue().get("enum");
            if (defaultValue == null) {
                context.report(at, "Server Variable \"" + variable.getKey() + "\" has a missing default.");
            } else if (values != null && values.isArray() && !contains(values, defaultValue)) {
                context.report(at + "/default", "Server Variable \"" + variable.getKey()
                        + "\" has a default not listed in the enum.");
            }
        }
        if (missing.isEmpty() && !isValidUrl(VARIABLE.matcher(url).replaceAll(result ->
                Matcher.quoteReplacement(variables.path(result.group(1)).path("default").asText("x"))))) {
            context.report(pointer + "/url", "A few substitutions of server variables resulted in invalid URLs: "
                    + url);
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Spectral resolves relative server URLs against a base, so only absolute ones can be invalid. */
    private static boolean isValidUrl(String url) {
        if (!url.contains("://")) {
            return true;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() != null || uri.getAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
