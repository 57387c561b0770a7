package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.DiffContext.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Security requirements are alternatives: any one of them lets a client in. Removing an alternative or adding a
 * scope to one shuts clients out (breaking); adding an alternative or dropping a scope lets more in.
 */
final class SecurityDiff {

    private SecurityDiff() {
    }

    static void global(DiffContext context) {
        compare(context, "", Side.of(context.baseRoot(), "/security"), Side.of(context.revisionRoot(), "/security"),
                "api-global-security", "the security scheme %s was %s the API", "global security scheme");
    }

    static void operation(DiffContext context, String label, Side before, Side after) {
        compare(context, label, before.child("security"), after.child("security"), "api-security",
                "the endpoint scheme security %s was %s the API", "endpoint's security scheme");
    }

    private static void compare(DiffContext context, String label, Side before, Side after, String prefix,
                                String template, String scopeOwner) {
        if (!before.exists() && !after.exists()) {
            return;
        }
        Map<String, Set<String>> was = requirements(before.node());
        Map<String, Set<String>> is = requirements(after.node());
        for (Map.Entry<String, Set<String>> requirement : was.entrySet()) {
            Set<String> scopes = is.get(requirement.getKey());
            if (scopes == null) {
                context.report(prefix + "-removed", ChangeLevel.INFO, label, before, after,
                        template.formatted(quote(requirement.getKey()), "removed from"));
                continue;
            }
            for (String scope : scopes) {
                if (!requirement.getValue().contains(scope)) {
                    context.report(prefix + "-scope-added", ChangeLevel.INFO, label, before, after,
                            "the security scope " + quote(scope) + " was added to the " + scopeOwner + " "
                                    + quote(requirement.getKey()));
                }
            }
            for (String scope : requirement.getValue()) {
                if (!scopes.contains(scope)) {
                    context.report(prefix + "-scope-removed", ChangeLevel.INFO, label, before, after,
                            "the security scope " + quote(scope) + " was removed from the " + scopeOwner + " "
                                    + quote(requirement.getKey()));
                }
            }
        }
        for (String requirement : is.keySet()) {
            if (!was.containsKey(requirement)) {
                context.report(prefix + "-added", ChangeLevel.INFO, label, before, after,
                        template.formatted(quote(requirement), "added to"));
            }
        }
    }

    /** Each alternative named by its schemes joined with {@code +}, with the scopes it asks for. */
    private static Map<String, Set<String>> requirements(JsonNode list) {
        Map<String, Set<String>> requirements = new LinkedHashMap<>();
        for (JsonNode requirement : list) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> scopes = new LinkedHashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> scheme = it.next();
                names.add(scheme.getKey());
                scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
            }
            requirements.put(names.isEmpty() ? "(none)" : String.join("+", names), scopes);
        }
        return requirements;
    }

    static void components(DiffContext context) {
        Side before = Side.of(context.baseRoot(), "/components/securitySchemes");
        Side after = Side.of(context.revisionRoot(), "/components/securitySchemes");
        for (Iterator<String> names = before.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!after.child(name).exists()) {
                context.report("api-security-component-removed", ChangeLevel.INFO, "", before.child(name), after,
                        "the component security scheme " + quote(name) + " was removed");
            } else if (!before.child(name).node().path("type").equals(after.child(name).node().path("type"))) {
                context.report("api-security-component-type-changed", ChangeLevel.INFO, "", before.child(name),
                        after.child(name), "the component security scheme " + quote(name) + " type changed");
            } else {
                oauthFlows(context, name, before.child(name).child("flows"), after.child(name).child("flows"));
            }
        }
        for (Iterator<String> names = after.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!before.child(name).exists()) {
                context.report("api-security-component-added", ChangeLevel.INFO, "", before, after.child(name),
                        "the component security scheme " + quote(name) + " was added");
            }
        }
    }

    /** An OAuth scheme's flows, each compared by its URLs and scopes (oasdiff's ids, for information). */
    private static void oauthFlows(DiffContext context, String scheme, Side before, Side after) {
        for (Iterator<String> flows = before.node().fieldNames(); flows.hasNext(); ) {
            String flow = flows.next();
            Side was = before.child(flow);
            Side is = after.child(flow);
            if (!is.exists()) {
                continue;
            }
            String what = "the " + quote(flow) + " flow of the security scheme " + quote(scheme);
            for (String[] url : new String[][] {{"authorizationUrl", "api-security-component-oauth-url-changed"},
                    {"tokenUrl", "api-security-component-oauth-token-url-changed"}}) {
                if (!was.node().path(url[0]).equals(is.node().path(url[0]))) {
                    context.report(url[1], ChangeLevel.INFO, "", was.child(url[0]), is.child(url[0]),
                            "the " + url[0] + " of " + what + " changed from " + quote(was.node().path(url[0]).asText())
                                    + " to " + quote(is.node().path(url[0]).asText()));
                }
            }
            Side wasScopes = was.child("scopes");
            Side isScopes = is.child("scopes");
            for (Iterator<String> scopes = wasScopes.node().fieldNames(); scopes.hasNext(); ) {
                String scope = scopes.next();
                if (!isScopes.child(scope).exists()) {
                    context.report("api-security-component-oauth-scope-removed", ChangeLevel.INFO, "",
                            wasScopes.child(scope), isScopes, "removed the scope " + quote(scope) + " from " + what);
                } else if (!wasScopes.child(scope).node().equals(isScopes.child(scope).node())) {
                    context.report("api-security-component-oauth-scope-changed", ChangeLevel.INFO, "",
                            wasScopes.child(scope), isScopes.child(scope), "changed the description of the scope "
                                    + quote(scope) + " of " + what);
                }
            }
            for (Iterator<String> scopes = isScopes.node().fieldNames(); scopes.hasNext(); ) {
                String scope = scopes.next();
                if (!wasScopes.child(scope).exists()) {
                    context.report("api-security-component-oauth-scope-added", ChangeLevel.INFO, "", wasScopes,
                            isScopes.child(scope), "added the scope " + quote(scope) + " to " + what);
                }
            }
        }
    }
}
