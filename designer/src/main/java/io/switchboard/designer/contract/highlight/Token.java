package io.switchboard.designer.contract.highlight;

/** A run of characters in one line and the style class it is shown with (empty for plain text). */
public record Token(String style, int length) {
}
