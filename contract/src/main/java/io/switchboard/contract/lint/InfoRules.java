package io.switchboard.contract.lint;

import static io.switchboard.contract.FindingSeverity.WARN;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Rules about the info object: who to contact, what the API is, under which licence. */
final class InfoRules {

    private InfoRules() {
    }

    static List<LintRule> all() {
        return List.of(
                Rule.recommended("info-contact", WARN, "Info object must have \"contact\" object.",
                        context -> requireTruthy(context, context.root().path("info"), "/info", "contact",
                                "Info object must have \"contact\" object.")),
                Rule.recommended("info-description", WARN,
                        "Info \"description\" must be present and non-empty string.",
                        context -> requireTruthy(context, context.root().path("info"), "/info", "description",
                                "Info \"description\" must be present and non-empty string.")),
                Rule.optional("info-license", WARN, "Info object must have \"license\" object.",
                        context -> requireTruthy(context, context.root().path("info"), "/info", "license",
                                "Info object must have \"license\" object.")),
                Rule.optional("license-url", WARN, "License object must include \"url\".",
                        context -> requireTruthy(context, context.root().path("info").path("license"),
                                "/info/license", "url", "License object must include \"url\".")),
                Rule.optional("contact-properties", WARN,
                        "Contact object must have \"name\", \"url\" and \"email\".", InfoRules::contactProperties));
    }

    private static void contactProperties(LintContext context) {
        JsonNode contact = context.root().path("info").path("contact");
        if (!contact.isObject()) {
            return;
        }
        for (String field : List.of("name", "url", "email")) {
            requireTruthy(context, contact, "/info/contact", field,
                    "Contact object must have \"name\", \"url\" and \"email\".");
        }
    }

    /** Spectral's {@code truthy}: present, and not false, zero, empty or null. */
    static void requireTruthy(LintContext context, JsonNode parent, String parentPointer, String field,
                              String message) {
        if (!Truthy.test(parent.get(field))) {
            context.report(parent.has(field) ? parentPointer + "/" + field : parentPointer, message);
        }
    }
}
