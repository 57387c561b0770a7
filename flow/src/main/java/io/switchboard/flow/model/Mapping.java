package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping from a source document to a target document.
 *
 * <p>{@code rules} mirrors the target's tree: each rule fills one target field. {@code lookups} are named code
 * tables and {@code variables} named intermediate values, both usable from any expression as {@code $name}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Mapping(
        int version,
        String id,
        String description,
        SchemaRef source,
        SchemaRef target,
        Map<String, Map<String, String>> lookups,
        List<Variable> variables,
        List<FieldRule> rules) {

    public static final int FORMAT_VERSION = 1;

    /**
     * Undo keeps earlier mappings and gives them back: none may change after it is made. Tables keep their order
     * (the file's), so they are copied into ordered maps that refuse changes.
     */
    private static Map<String, Map<String, String>> frozen(Map<String, Map<String, String>> lookups) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        lookups.forEach((name, table) -> copy.put(name, table == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(table))));
        return Collections.unmodifiableMap(copy);
    }

    public Mapping {
        lookups = lookups == null ? Map.of() : frozen(lookups);
        variables = variables == null ? List.of() : List.copyOf(variables);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
