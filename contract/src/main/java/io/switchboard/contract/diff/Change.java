package io.switchboard.contract.diff;

import io.switchboard.flow.source.Location;

/**
 * One difference between two versions of a contract.
 *
 * @param rule      a stable id, oasdiff's where oasdiff has the check ({@code request-parameter-became-required})
 * @param operation {@code GET /pets}, or empty for a change outside operations (a component, global security)
 * @param base      where the change is in the base version (for an addition: the nearest place that exists)
 * @param revision  where it is in the revision (for a removal: the nearest place that exists)
 */
public record Change(String rule, ChangeLevel level, String operation, Place base, Place revision, String message) {

    /** A JSON pointer in one version and its line and column there. */
    public record Place(String pointer, Location location) {
    }
}
