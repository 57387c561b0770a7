package io.switchboard.contract.diff;

import static io.switchboard.contract.diff.ChangeLevel.ERR;
import static io.switchboard.contract.diff.ChangeLevel.INFO;
import static io.switchboard.contract.diff.ChangeLevel.WARN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of the comparison's checks: every rule id the diff reports (oasdiff's ids), the level it reports it
 * at, and a line saying what it means. The one place that lists them ({@code switchboard diff --list-rules} prints
 * it); a rule reported by the diff but missing here, or at another level, is a defect the tests catch.
 */
public final class DiffRules {

    private static final Map<String, DiffRule> CATALOG = build();

    private DiffRules() {
    }

    public static List<DiffRule> catalog() {
        return List.copyOf(CATALOG.values());
    }

    /** oasdiff's rules, id to level: those of ours listed there are oasdiff's, the others Switchboard's own. */
    public static Map<String, ChangeLevel> oasdiff() {
        return OasdiffCatalogue.rules();
    }

    /** The level a rule reports at; the rule must be in the catalogue. */
    static ChangeLevel level(String id) {
        return rule(id).orElseThrow(() -> new IllegalStateException(id + " is not in the diff catalogue")).level();
    }

    public static Optional<DiffRule> rule(String id) {
        return Optional.ofNullable(CATALOG.get(id));
    }

    private static Map<String, DiffRule> build() {
        Map<String, DiffRule> rules = new LinkedHashMap<>();
        List<DiffRule> all = new ArrayList<>();
        api(all);
        operations(all);
        parameters(all);
        bodiesAndResponses(all);
        properties(all);
        for (String[] subject : new String[][] {{"request-body", "the request body"},
                {"response-body", "the response body"}, {"request-parameter", "a request parameter"},
                {"request-property", "a request property"}, {"response-property", "a response property"}}) {
            schemas(all, subject[0], subject[1], subject[0].startsWith("request"));
        }
        all.forEach(rule -> {
            if (rules.put(rule.id(), rule) != null) {
                throw new IllegalStateException("the diff catalogue lists " + rule.id() + " twice");
            }
        });
        return Collections.unmodifiableMap(rules);
    }

    private static void api(List<DiffRule> all) {
        all.add(new DiffRule("api-path-removed-without-deprecation", ERR, "a path was removed without being deprecated first"));
        all.add(new DiffRule("api-path-removed-before-sunset", ERR, "a deprecated path was removed before its sunset date"));
        all.add(new DiffRule("api-path-removed-with-deprecation", INFO, "a deprecated path was removed after its sunset"));
        all.add(new DiffRule("api-removed-without-deprecation", ERR, "an operation was removed without being deprecated first"));
        all.add(new DiffRule("api-removed-before-sunset", ERR, "a deprecated operation was removed before its sunset date"));
        all.add(new DiffRule("api-removed-with-deprecation", INFO, "a deprecated operation was removed after its sunset"));
        all.add(new DiffRule("api-path-sunset-parse", ERR, "a removed path's x-sunset date cannot be read"));
        all.add(new DiffRule("api-deprecated-sunset-parse", ERR, "a deprecated operation's x-sunset date cannot be read"));
        all.add(new DiffRule("api-sunset-date-changed-too-small", ERR, "an operation's sunset date was moved earlier"));
        all.add(new DiffRule("sunset-deleted", ERR, "a deprecated operation's sunset date was deleted"));
        all.add(new DiffRule("api-sunset-date-too-small", ERR, "an operation was deprecated with a sunset date too soon (past, or closer than the deprecation policy allows)"));
        all.add(new DiffRule("api-schema-removed", INFO, "a component schema was removed"));
        all.add(new DiffRule("api-stability-decreased", ERR, "an operation's x-stability-level went down"));
        all.add(new DiffRule("api-deprecated-sunset-missing", ERR, "an operation was deprecated without a sunset date while the deprecation policy asks for days"));
        all.add(new DiffRule("api-stability-increased", INFO, "an operation's x-stability-level went up"));
        all.add(new DiffRule("api-invalid-stability-level", ERR, "an operation's x-stability-level is not draft, alpha, beta or stable"));
        all.add(new DiffRule("api-global-security-removed", INFO, "a security scheme was removed from the whole API"));
        all.add(new DiffRule("api-global-security-added", INFO, "a security scheme was added to the whole API"));
        all.add(new DiffRule("api-global-security-scope-added", INFO, "a scope was added to the API's security requirement"));
        all.add(new DiffRule("api-global-security-scope-removed", INFO, "a scope was removed from the API's security requirement"));
        all.add(new DiffRule("api-security-component-added", INFO, "a security scheme component was added"));
        all.add(new DiffRule("api-security-component-removed", INFO, "a security scheme component was removed"));
        all.add(new DiffRule("api-security-component-type-changed", INFO, "a security scheme component changed type"));
        all.add(new DiffRule("api-security-component-oauth-url-changed", INFO, "an OAuth flow's authorization URL changed"));
        all.add(new DiffRule("api-security-component-oauth-token-url-changed", INFO, "an OAuth flow's token URL changed"));
        all.add(new DiffRule("api-security-component-oauth-scope-added", INFO, "a scope was added to an OAuth flow"));
        all.add(new DiffRule("api-security-component-oauth-scope-removed", INFO, "a scope was removed from an OAuth flow"));
        all.add(new DiffRule("api-security-component-oauth-scope-changed", INFO, "an OAuth flow's scope description changed"));
    }

    private static void operations(List<DiffRule> all) {
        all.add(new DiffRule("endpoint-added", INFO, "an operation was added"));
        all.add(new DiffRule("webhook-added", INFO, "a webhook was added (OpenAPI 3.1)"));
        all.add(new DiffRule("webhook-removed", ERR, "a webhook was removed (OpenAPI 3.1)"));
        all.add(new DiffRule("endpoint-deprecated", INFO, "an operation was deprecated"));
        all.add(new DiffRule("endpoint-deprecated-with-sunset", INFO, "an operation was deprecated with a sunset date"));
        all.add(new DiffRule("endpoint-reactivated", INFO, "a deprecated operation is no longer deprecated"));
        all.add(new DiffRule("api-operation-id-added", INFO, "an operation got an operationId"));
        all.add(new DiffRule("api-operation-id-removed", INFO, "an operation's operationId was removed or changed"));
        all.add(new DiffRule("api-tag-added", INFO, "an operation got a tag"));
        all.add(new DiffRule("api-tag-removed", INFO, "a tag was removed from an operation"));
        all.add(new DiffRule("api-security-removed", INFO, "a security scheme was removed from an operation"));
        all.add(new DiffRule("api-security-added", INFO, "a security scheme was added to an operation"));
        all.add(new DiffRule("api-security-scope-added", INFO, "a scope was added to an operation's security requirement"));
        all.add(new DiffRule("api-security-scope-removed", INFO, "a scope was removed from an operation's security requirement"));
    }

    private static void parameters(List<DiffRule> all) {
        all.add(new DiffRule("new-required-request-parameter", ERR, "a required request parameter was added"));
        all.add(new DiffRule("new-optional-request-parameter", INFO, "an optional request parameter was added"));
        all.add(new DiffRule("new-request-path-parameter", ERR, "a path parameter was added"));
        all.add(new DiffRule("request-parameter-removed", WARN, "a request parameter was removed"));
        all.add(new DiffRule("request-parameter-removed-with-deprecation", INFO, "a deprecated request parameter was removed"));
        all.add(new DiffRule("request-parameter-removed-before-sunset", ERR, "a deprecated request parameter was removed before its sunset date"));
        all.add(new DiffRule("request-parameter-sunset-parse", ERR, "a deprecated request parameter's sunset date cannot be read"));
        all.add(new DiffRule("request-parameter-deprecated", INFO, "a request parameter was deprecated"));
        all.add(new DiffRule("request-parameter-became-required", ERR, "a request parameter became required"));
        all.add(new DiffRule("request-parameter-became-optional", INFO, "a request parameter became optional"));
        all.add(new DiffRule("request-parameter-deprecated-sunset-missing", ERR, "a request parameter was deprecated without a sunset date while the deprecation policy asks for days"));
        all.add(new DiffRule("request-parameter-sunset-deleted", ERR, "a deprecated request parameter's sunset date was deleted"));
        all.add(new DiffRule("request-parameter-sunset-date-changed-too-small", ERR, "a deprecated request parameter's sunset date was moved earlier"));
        String property = SchemaDiff.PARAMETER_PROPERTY;
        all.add(new DiffRule(property + "-type-changed", WARN, "the type of a parameter's property changed (whether it breaks depends on how the server parses it)"));
        all.add(new DiffRule(property + "-type-generalized", INFO, "the type of a parameter's property was generalized"));
        all.add(new DiffRule(property + "-type-specialized", ERR, "the type of a parameter's property was specialized"));
        all.add(new DiffRule(property + "-enum-value-added", INFO, "an enum value was added to a parameter's property"));
        all.add(new DiffRule(property + "-enum-value-removed", ERR, "an enum value was removed from a parameter's property"));
        all.add(new DiffRule(property + "-became-nullable", INFO, "a parameter's property became nullable"));
        all.add(new DiffRule(property + "-became-not-nullable", ERR, "a parameter's property is no longer nullable"));
        all.add(new DiffRule(property + "-list-of-types-narrowed", ERR, "a type was taken from the list of types of a parameter's property"));
        all.add(new DiffRule(property + "-list-of-types-widened", INFO, "a type was added to the list of types of a parameter's property"));
        all.add(new DiffRule("new-required-request-header-property", ERR, "a required property was added to a header parameter's schema"));
        all.add(new DiffRule("request-header-property-became-required", ERR, "a property of a header parameter's schema became required"));
        all.add(new DiffRule("request-header-property-became-enum", ERR, "a property of a header parameter's schema became an enum"));
        all.add(new DiffRule("request-parameter-reactivated", INFO, "a deprecated request parameter is no longer deprecated"));
        all.add(new DiffRule("request-parameter-sunset-date-too-small", ERR, "a request parameter was deprecated with a sunset date too soon"));
        all.add(new DiffRule("new-required-request-default-parameter-to-existing-path", ERR, "a required parameter was added to a path, so to all its operations"));
        all.add(new DiffRule("new-optional-request-default-parameter-to-existing-path", INFO, "an optional parameter was added to a path, so to all its operations"));
    }

    private static void bodiesAndResponses(List<DiffRule> all) {
        all.add(new DiffRule("request-body-added-required", ERR, "a required request body was added"));
        all.add(new DiffRule("request-body-added-optional", INFO, "an optional request body was added"));
        all.add(new DiffRule("request-body-removed", ERR, "the request body was removed"));
        all.add(new DiffRule("request-body-became-required", ERR, "the request body became required"));
        all.add(new DiffRule("request-body-became-optional", INFO, "the request body became optional"));
        all.add(new DiffRule("request-body-media-type-added", INFO, "a media type was added to the request body"));
        all.add(new DiffRule("request-body-media-type-removed", ERR, "a media type was removed from the request body"));
        all.add(new DiffRule("response-success-status-added", INFO, "a success status was added to the responses"));
        all.add(new DiffRule("response-success-status-removed", ERR, "a success status was removed from the responses"));
        all.add(new DiffRule("response-non-success-status-added", INFO, "a non-success status was added to the responses"));
        all.add(new DiffRule("response-non-success-status-removed", INFO, "a non-success status was removed from the responses"));
        all.add(new DiffRule("response-media-type-added", INFO, "a media type was added to a response"));
        all.add(new DiffRule("response-media-type-removed", ERR, "a media type was removed from a response"));
        all.add(new DiffRule("response-media-type-name-changed", INFO, "a response media type changed its parameters (charset…)"));
        all.add(new DiffRule("response-media-type-name-specialized", INFO, "a response media type was narrowed (json to problem+json)"));
        all.add(new DiffRule("response-media-type-name-generalized", ERR, "a response media type was widened (problem+json to json)"));
        all.add(new DiffRule("required-response-header-removed", ERR, "a required response header was removed"));
        all.add(new DiffRule("optional-response-header-removed", WARN, "an optional response header was removed"));
        all.add(new DiffRule("response-header-became-optional", ERR, "a response header became optional"));
        all.add(new DiffRule("response-header-added", INFO, "a response header was added"));
        all.add(new DiffRule("request-body-wrapped-in-one-of", ERR, "the request body became a oneOf of shapes carrying its properties"));
        all.add(new DiffRule("response-body-wrapped-in-one-of", ERR, "the response body became a oneOf of shapes carrying its properties"));
        all.add(new DiffRule("request-body-media-type-schema-added", ERR, "a schema was added to a request media type that had none"));
        all.add(new DiffRule("request-body-media-type-schema-removed", INFO, "a request media type's schema was removed"));
        all.add(new DiffRule("response-body-media-type-schema-added", INFO, "a schema was added to a response media type that had none"));
        all.add(new DiffRule("response-body-media-type-schema-removed", WARN, "a response media type's schema was removed"));
    }

    private static void properties(List<DiffRule> all) {
        all.add(new DiffRule("new-required-request-property", ERR, "a required request property was added"));
        all.add(new DiffRule("new-required-request-property-with-default", ERR, "a required request property with a default was added (a default does not make it optional)"));
        all.add(new DiffRule("new-optional-request-property", INFO, "an optional request property was added"));
        all.add(new DiffRule("request-property-removed", WARN, "a request property was removed"));
        all.add(new DiffRule("request-property-deprecated", INFO, "a request property was deprecated"));
        all.add(new DiffRule("request-property-became-required", ERR, "a request property became required"));
        all.add(new DiffRule("request-property-became-optional", INFO, "a request property became optional"));
        all.add(new DiffRule("response-required-property-added", INFO, "a required property was added to a response"));
        all.add(new DiffRule("response-optional-property-added", INFO, "an optional property was added to a response"));
        all.add(new DiffRule("response-required-property-removed", ERR, "a required property was removed from a response"));
        all.add(new DiffRule("response-optional-property-removed", WARN, "an optional property was removed from a response"));
        all.add(new DiffRule("response-property-deprecated", INFO, "a response property was deprecated"));
        for (String side : new String[] {"request", "response"}) {
            String what = "a " + side + " property";
            all.add(new DiffRule(side + "-property-deprecated-with-sunset", INFO, what + " was deprecated with a sunset date"));
            all.add(new DiffRule(side + "-property-deprecated-sunset-invalid", ERR, what + " was deprecated with a sunset date that cannot be read"));
            all.add(new DiffRule(side + "-property-sunset-date-too-small", ERR, what + " was deprecated with a sunset date too soon"));
            all.add(new DiffRule(side + "-property-reactivated", INFO, what + " is no longer deprecated"));
            all.add(new DiffRule(side + "-property-deprecated-sunset-missing", ERR, what + " was deprecated without a sunset date while the deprecation policy asks for days"));
            all.add(new DiffRule(side + "-property-stability-decreased", ERR, "the x-stability-level of " + what + " went down"));
            all.add(new DiffRule(side + "-property-stability-increased", INFO, "the x-stability-level of " + what + " went up"));
        }
        all.add(new DiffRule("response-property-became-required", INFO, "a response property became required"));
        all.add(new DiffRule("response-property-became-optional", ERR, "a response property became optional"));
        all.add(new DiffRule("request-property-became-required-with-default", ERR, "a request property with a default value became required"));
        all.add(new DiffRule("response-required-write-only-property-removed", INFO, "a required write-only property was removed from a response"));
        all.add(new DiffRule("response-optional-write-only-property-removed", INFO, "an optional write-only property was removed from a response"));
        all.add(new DiffRule("response-required-write-only-property-added", INFO, "a required write-only property was added to a response"));
        all.add(new DiffRule("response-optional-write-only-property-added", INFO, "an optional write-only property was added to a response"));
        all.add(new DiffRule("response-write-only-property-became-required", INFO, "a write-only response property became required"));
        all.add(new DiffRule("response-write-only-property-became-optional", INFO, "a write-only response property became optional"));
        all.add(new DiffRule("response-write-only-property-enum-value-added", INFO, "an enum value was added to a write-only response property"));
        all.add(new DiffRule("request-read-only-property-enum-value-removed", INFO, "an enum value was removed from a read-only request property"));
        all.add(new DiffRule("request-read-only-property-max-decreased", INFO, "the max of a read-only request property decreased"));
        all.add(new DiffRule("request-read-only-property-max-length-decreased", INFO, "the max length of a read-only request property decreased"));
        all.add(new DiffRule("request-read-only-property-min-increased", INFO, "the min of a read-only request property increased"));
        all.add(new DiffRule("request-read-only-property-exclusive-max-decreased", INFO, "the exclusive max of a read-only request property decreased"));
        all.add(new DiffRule("request-read-only-property-exclusive-min-increased", INFO, "the exclusive min of a read-only request property increased"));
        all.add(new DiffRule("response-mediatype-enum-value-removed", INFO, "an enum value was removed from a response body's schema"));
        for (String side : new String[] {"request", "response"}) {
            for (String kind : new String[] {"required", "optional"}) {
                for (String flag : new String[] {"write-only", "read-only"}) {
                    // A response that stops being write-only for a required property now has to send it.
                    boolean warns = side.equals("response") && kind.equals("required") && flag.equals("write-only");
                    all.add(new DiffRule(side + "-" + kind + "-property-became-not-" + flag, warns ? WARN : INFO,
                            "a " + kind + " " + side + " property is no longer " + flag));
                    all.add(new DiffRule(side + "-" + kind + "-property-became-" + flag, INFO,
                            "a " + kind + " " + side + " property became " + flag));
                }
            }
        }
        for (String place : new String[] {"request-parameter", "request-property"}) {
            all.add(new DiffRule(place + "-pattern-generalized", INFO, "the pattern of a " + place.replace('-', ' ')
                    + " was generalized to .*"));
            all.add(new DiffRule(place + "-x-extensible-enum-value-removed", ERR, "a value was removed from the "
                    + "x-extensible-enum of a " + place.replace('-', ' ')));
        }
    }

    /**
     * oasdiff's levels for a schema gaining or losing a member of oneOf, anyOf or allOf: a request breaks when fewer
     * shapes are accepted (oneOf, anyOf lose one) or more are demanded (allOf gains one; losing one warns); a
     * response breaks when it may return a shape more (oneOf gains one).
     */
    static ChangeLevel compositionLevel(String keyword, boolean request, boolean added) {
        return switch (keyword) {
            case "allOf" -> request ? (added ? ERR : WARN) : INFO;
            case "anyOf" -> request && !added ? ERR : INFO;
            default -> request ? (added ? INFO : ERR) : (added ? ERR : INFO);
        };
    }

    /** OpenAPI 3.1's numeric exclusive bounds, as oasdiff has them: set or moved on a request, loosened on a response. */
    private static void exclusiveBounds(List<DiffRule> all, String prefix, String what, boolean request) {
        if (request) {
            for (String bound : new String[] {"max", "min"}) {
                boolean upper = bound.equals("max");
                all.add(new DiffRule(prefix + "-exclusive-" + bound + "-set", WARN, "an exclusive " + bound
                        + " was set on " + what));
                all.add(new DiffRule(prefix + "-exclusive-" + bound + "-increased", upper ? INFO : ERR,
                        "the exclusive " + bound + " of " + what + " increased"));
                all.add(new DiffRule(prefix + "-exclusive-" + bound + "-decreased", upper ? ERR : INFO,
                        "the exclusive " + bound + " of " + what + " decreased"));
            }
        } else {
            all.add(new DiffRule(prefix + "-exclusive-max-increased", ERR, "the exclusive max of " + what
                    + " increased"));
            all.add(new DiffRule(prefix + "-exclusive-min-decreased", ERR, "the exclusive min of " + what
                    + " decreased"));
        }
    }

    /** oasdiff's JSON Schema 2020-12 rules: a constraint added to a request or removed from a response breaks. */
    private static void keywords2020(List<DiffRule> all, String prefix, String what, boolean request) {
        java.util.List<String[]> appearing = new ArrayList<>(List.of(Keywords2020.PRESENCE));
        appearing.addAll(List.of(Keywords2020.KEYED));
        appearing.add(new String[] {"dependentRequired", "dependent-required"});
        appearing.add(new String[] {"const", "const"});
        for (String[] keyword : appearing) {
            all.add(new DiffRule(prefix + "-" + keyword[1] + "-added", request ? ERR : INFO, keyword[0]
                    + " was added to " + what));
            all.add(new DiffRule(prefix + "-" + keyword[1] + "-removed", request ? INFO : ERR, keyword[0]
                    + " was removed from " + what));
        }
        for (String[] keyword : Keywords2020.CHANGED) {
            all.add(new DiffRule(prefix + "-" + keyword[1] + "-changed", ERR, "the " + keyword[0] + " of " + what
                    + " changed"));
        }
        all.add(new DiffRule(prefix + "-const-changed", ERR, "the const of " + what + " changed"));
        all.add(new DiffRule(prefix + "-dependent-required-changed", ERR, "what a property of " + what
                + " requires (dependentRequired) changed"));
        all.add(new DiffRule(prefix + "-prefix-items-added", request ? INFO : ERR, "prefixItems positions were "
                + "added to " + what));
        all.add(new DiffRule(prefix + "-prefix-items-removed", request ? ERR : INFO, "prefixItems positions were "
                + "removed from " + what));
        for (String limit : new String[] {"min-contains", "max-contains"}) {
            boolean upper = limit.startsWith("max");
            all.add(new DiffRule(prefix + "-" + limit + "-increased", upper == request ? INFO : ERR, "the "
                    + limit.replace('-', ' ') + " of " + what + " increased"));
            all.add(new DiffRule(prefix + "-" + limit + "-decreased", upper == request ? ERR : INFO, "the "
                    + limit.replace('-', ' ') + " of " + what + " decreased"));
        }
    }

    /**
     * The checks of one schema, named by what it belongs to: a request tightens when a response loosens, so the
     * levels turn with the direction.
     */
    private static void schemas(List<DiffRule> all, String prefix, String what, boolean request) {
        all.add(new DiffRule(prefix + "-type-changed", ERR, "the type or format of " + what + " changed"));
        if (request) {
            all.add(new DiffRule(prefix + "-type-generalized", INFO, "the type of " + what
                    + " was generalized (integer to number, or types added)"));
        }
        if (!prefix.equals("request-parameter")) {
            all.add(new DiffRule(prefix + "-type-compatible", INFO, "the type of " + what + " changed in a way a body"
                    + " read as text (XML, text, a form) still accepts"));
        }
        if (prefix.startsWith("response")) {
            all.add(new DiffRule(prefix + "-type-generalized", ERR, "the type of " + what
                    + " was generalized: it may return more (integer to number)"));
            all.add(new DiffRule(prefix + "-type-specialized", INFO, "the type of " + what
                    + " was specialized: it returns less (number to integer)"));
        }
        ChangeLevel defaults = prefix.equals("request-parameter") ? ERR : INFO;
        all.add(new DiffRule(prefix + "-default-value-added", defaults, "a default value was added to " + what));
        all.add(new DiffRule(prefix + "-default-value-removed", defaults, "the default value of " + what + " was removed"));
        all.add(new DiffRule(prefix + "-default-value-changed", defaults, "the default value of " + what + " changed"));
        all.add(new DiffRule(prefix + "-became-not-nullable", request ? ERR : INFO, what + " is no longer nullable"));
        all.add(new DiffRule(prefix + "-became-nullable", request ? INFO : ERR, what + " became nullable"));
        if (request) {
            // A response narrowing to an enum returns what it returned before: oasdiff has no such rule.
            all.add(new DiffRule(prefix + "-became-enum", ERR, what + " became an enum"));
        }
        if (!prefix.equals("response-body")) {
            // A response body's own enum value removed is oasdiff's response-mediatype-enum-value-removed.
            all.add(new DiffRule(prefix + "-enum-value-removed", request && !prefix.equals("request-body") ? ERR
                    : INFO, "an enum value of " + what + " was removed"));
        }
        all.add(new DiffRule(prefix + "-enum-value-added", request ? INFO : WARN, "an enum value was added to " + what));
        all.add(new DiffRule(prefix + "-pattern-added", request ? ERR : INFO, what + " got a pattern"));
        all.add(new DiffRule(prefix + "-pattern-removed", INFO, "the pattern of " + what + " was removed"));
        all.add(new DiffRule(prefix + "-pattern-changed", request ? WARN : INFO, "the pattern of " + what + " changed"));
        for (String[] limit : new String[][] {{"max-length", "upper"}, {"min-length", "lower"}, {"max", "upper"},
                {"min", "lower"}, {"max-items", "upper"}, {"min-items", "lower"}}) {
            String id = prefix + "-" + limit[0];
            boolean upper = limit[1].equals("upper");
            String name = limit[0].replace('-', ' ');
            all.add(new DiffRule(id + "-set", request ? WARN : INFO, "a " + name + " was set on " + what));
            all.add(new DiffRule(id + "-unset", request ? INFO : ERR, "the " + name + " of " + what + " was unset"));
            // A limit tightens when an upper one decreases or a lower one increases; a request breaks when it does.
            all.add(new DiffRule(id + "-increased", (upper != true) == request ? ERR : INFO,
                    "the " + name + " of " + what + " increased"));
            all.add(new DiffRule(id + "-decreased", upper == request ? ERR : INFO,
                    "the " + name + " of " + what + " decreased"));
        }
        if (!prefix.equals("request-parameter")) {
            all.add(new DiffRule(prefix + "-all-of-added-annotation-only", INFO, "an allOf member that only annotates"
                    + " (title, description…) was added to " + what));
            all.add(new DiffRule(prefix + "-all-of-removed-annotation-only", INFO, "an allOf member that only "
                    + "annotates was removed from " + what));
        }
        if (Discriminators.applies(prefix)) {
            for (String change : Discriminators.CHANGES) {
                all.add(new DiffRule(prefix + "-discriminator-" + change, INFO, "the discriminator of " + what + ": "
                        + change.replace('-', ' ')));
            }
        }
        all.add(new DiffRule(prefix + "-list-of-types-narrowed", request ? ERR : INFO, "a type was taken from the list of"
                + " types of " + what));
        all.add(new DiffRule(prefix + "-list-of-types-widened", request ? INFO : ERR, "a type was added to the list of"
                + " types of " + what));
        exclusiveBounds(all, prefix, what, request);
        if (Keywords2020.applies(prefix)) {
            keywords2020(all, prefix, what, request);
        }
        all.add(new DiffRule(prefix + "-additional-properties-restricted", request ? ERR : INFO, what
                + " no longer accepts undescribed properties (additionalProperties: false; Switchboard's own)"));
        all.add(new DiffRule(prefix + "-additional-properties-allowed", request ? INFO : WARN, what
                + " may have undescribed properties again (Switchboard's own)"));
        for (String[] composition : new String[][] {{"one-of", "oneOf"}, {"any-of", "anyOf"}, {"all-of", "allOf"}}) {
            all.add(new DiffRule(prefix + "-" + composition[0] + "-added", compositionLevel(composition[1], request,
                    true), "a schema was added to the " + composition[1] + " of " + what));
            all.add(new DiffRule(prefix + "-" + composition[0] + "-removed", compositionLevel(composition[1],
                    request, false), "a schema was removed from the " + composition[1] + " of " + what));
        }
    }
}
