package io.switchboard.flow.model;

/** A named value computed once per message, available to every expression as {@code $name}. */
public record Variable(String name, String expression) {
}
