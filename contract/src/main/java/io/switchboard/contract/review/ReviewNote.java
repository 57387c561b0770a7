package io.switchboard.contract.review;

/**
 * A note from a design session, attached to an operation ({@code GET /pets}) or a schema
 * ({@code #/components/schemas/Pet}).
 */
public record ReviewNote(String target, String author, String created, String text) {
}
