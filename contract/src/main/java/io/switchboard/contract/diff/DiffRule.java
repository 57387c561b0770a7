package io.switchboard.contract.diff;

/** One check of the comparison: oasdiff's rule id, its level, and what it means. */
public record DiffRule(String id, ChangeLevel level, String description) {
}
