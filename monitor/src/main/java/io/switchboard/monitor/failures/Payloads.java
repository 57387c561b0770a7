package io.switchboard.monitor.failures;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.runtimeclient.wire.Json;
import java.io.IOException;

/** A payload as the details pane shows it: JSON indented, anything else as it came. */
public final class Payloads {

    private Payloads() {
    }

    public static String pretty(String payload) {
        if (payload == null) {
            return "";
        }
        String trimmed = payload.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = Json.MAPPER.readTree(trimmed);
                return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            } catch (IOException notJson) {
                return payload;
            }
        }
        return payload;
    }
}
