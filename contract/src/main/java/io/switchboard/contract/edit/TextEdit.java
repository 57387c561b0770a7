package io.switchboard.contract.edit;

/** Replace the characters from {@code start} (inclusive) to {@code end} (exclusive) with {@code text}. */
public record TextEdit(int start, int end, String text) {

    public String applyTo(String document) {
        return document.substring(0, start) + text + document.substring(end);
    }
}
