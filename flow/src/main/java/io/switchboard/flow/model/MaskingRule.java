package io.switchboard.flow.model;

/**
 * A path in the message whose value the monitor hides from callers below operator.
 *
 * @param path a JSON pointer, for example {@code /customer/email}; {@code *} matches any array index
 */
public record MaskingRule(String path) {
}
