package io.switchboard.designer.mapping;

/**
 * The function palette. Each function wraps a target field's current expression (its input) in JSLT; the result is
 * ordinary expression text, editable like any other, and the canvas shows it as a function node.
 */
public enum MappingFunction {
    CONCAT("join", "Joins texts with a separator; drop more fields on it to add them", "join([%s], \" \")"),
    UPPER("uppercase", "Upper case", "uppercase(%s)"),
    LOWER("lowercase", "Lower case", "lowercase(%s)"),
    TRIM("trim", "Removes leading and trailing spaces", "trim(%s)"),
    SUBSTRING("substring", "Characters from a start to an end position", "%s[0 : 10]"),
    REPLACE("replace", "Replaces what matches a regular expression", "replace(%s, \"-\", \"\")"),
    FORMAT_DATE("format-time", "Formats seconds since 1970 as a date text", "format-time(%s, \"yyyy-MM-dd\", \"UTC\")"),
    PARSE_DATE("parse-time", "Reads a date text as seconds since 1970",
            "parse-time(%s, \"yyyy-MM-dd'T'HH:mm:ssX\")"),
    TO_NUMBER("number", "Reads a text as a number", "number(%s)"),
    ROUND("round", "Rounds to the nearest whole number", "round(%s)"),
    SUM("sum", "Adds up a number field over an array", "sum(%s)"),
    COUNT("size", "How many items an array has", "size(%s)"),
    LOOKUP("get-key", "Looks the value up in a key → value table", "get-key($%s, %s)"),
    DEFAULT("fallback", "A value to use when the input is missing or null", "fallback(%s, \"\")"),
    IF_ELSE("if", "One value when a condition holds, another otherwise", "if (%s) %s else null");

    private final String label;
    private final String description;
    private final String template;

    MappingFunction(String label, String description, String template) {
        this.label = label;
        this.description = description;
        this.template = template;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether this function needs a readable path as its input (JSLT slices only paths and variables). */
    boolean slicesPath() {
        return this == SUBSTRING;
    }

    /** Whether this function reduces an array to one value. */
    boolean overArray() {
        return this == SUM || this == COUNT;
    }

    /** The expression with {@code input} as this function's input; {@code table} names the lookup table. */
    String wrap(String input, String table) {
        return switch (this) {
            case LOOKUP -> String.format(template, table, input);
            case IF_ELSE -> String.format(template, input, input);
            default -> String.format(template, input);
        };
    }
}
