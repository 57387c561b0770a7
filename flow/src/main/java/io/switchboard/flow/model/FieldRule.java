package io.switchboard.flow.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How one target field gets its value. Exactly one shape applies:
 * <ul>
 *   <li>a leaf: {@code expression}, a JSLT expression over the source (or over the current item inside an array);</li>
 *   <li>an object: {@code rules} for its fields;</li>
 *   <li>an array mapped item by item: {@code forEach}, a source path to an array, and then {@code rules} for the
 *       fields of each target item (or {@code expression} for a scalar item), relative to the source item.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldRule(String target, String expression, String forEach, List<FieldRule> rules) {

    public FieldRule {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static FieldRule leaf(String target, String expression) {
        return new FieldRule(target, expression, null, List.of());
    }

    @JsonIgnore
    public boolean isArray() {
        return forEach != null;
    }

    @JsonIgnore
    public boolean isObject() {
        return forEach == null && expression == null;
    }
}
