package io.switchboard.contract.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code x-sunset} date that oasdiff reads on deprecated operations and parameters. */
record Sunset(String text, LocalDate date) {

    static Sunset of(JsonNode node) {
        JsonNode value = node.get("x-sunset");
        if (value == null || value.asText().isBlank()) {
            return new Sunset("", null);
        }
        String text = value.asText();
        try {
            return new Sunset(text, LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            try {
                return new Sunset(text, OffsetDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException notATime) {
                return new Sunset(text, null);
            }
        }
    }

    boolean present() {
        return !text.isEmpty();
    }

    boolean unreadable() {
        return present() && date == null;
    }

    boolean isAfter(LocalDate day) {
        return date != null && date.isAfter(day);
    }

    /** Whether the date is fewer than {@code minDays} days after {@code today} (a past date always is). */
    boolean tooSoon(LocalDate today, int minDays) {
        return date != null && java.time.temporal.ChronoUnit.DAYS.between(today, date) < minDays;
    }
}
