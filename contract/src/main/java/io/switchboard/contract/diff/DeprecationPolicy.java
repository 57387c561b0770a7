package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How long before its sunset something may be deprecated, by the operation's {@code x-stability-level} (oasdiff's
 * {@code --deprecation-days-beta} and {@code --deprecation-days-stable}): draft and alpha operations may go at once.
 * With no days (the default, as in oasdiff) a deprecation needs no sunset date, and only a date already past is
 * too soon.
 */
public record DeprecationPolicy(int betaDays, int stableDays) {

    public static final DeprecationPolicy NONE = new DeprecationPolicy(0, 0);

    public DeprecationPolicy {
        if (betaDays < 0 || stableDays < 0) {
            throw new IllegalArgumentException("deprecation days are not negative");
        }
    }

    /** The days a deprecation of something in this operation must give, from its stability level. */
    int minDays(JsonNode operation) {
        return switch (operation.path("x-stability-level").asText("")) {
            case "draft", "alpha" -> 0;
            case "beta" -> betaDays;
            default -> stableDays;
        };
    }
}
